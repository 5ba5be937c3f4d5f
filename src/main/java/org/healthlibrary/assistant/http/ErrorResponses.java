package org.healthlibrary.assistant.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.qute.i18n.MessageBundles;
import org.healthlibrary.assistant.safety.SafetyMessages;

/**
 * Writes the JSON {@code {error, message, disclaimer}} body of a request rejected below the REST
 * layer (by {@link RequestLimits}, {@link RouteFailures} or the admin key check on
 * {@code /q/metrics}), where the REST exception mappers and the disclaimer gate do not run.
 * The disclaimer comes from the {@code safety} message bundle (looked up per body: these are
 * rare error paths). Stateless; thread-safe.
 */
public final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    /** Ends {@code ctx}'s response with {@code status} and the error body, unless it has already ended. */
    public static void send(RoutingContext ctx, int status, String error, String message) {
        send(ctx, status, error, message, false);
    }

    /**
     * As {@link #send(RoutingContext, int, String, String)}; with {@code close}, the connection
     * is closed after the response (the rest of the request will not be read).
     */
    public static void send(RoutingContext ctx, int status, String error, String message, boolean close) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            ctx.request().connection().close();
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> ctx.request().connection().close());
        }
        response.end(body(error, message));
    }

    static String body(String error, String message) {
        try {
            return JSON.writeValueAsString(new ApiError(error, message, MessageBundles.get(SafetyMessages.class).disclaimer()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An error body could not be written as JSON", e);
        }
    }
}
