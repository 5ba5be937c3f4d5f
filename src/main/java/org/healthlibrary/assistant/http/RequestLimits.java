package org.healthlibrary.assistant.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing every request meets, on the event loop, before Quarkus' own handlers and the
 * REST layer: rejects a URI or headers over {@link HttpLimitsConfig}'s limits (414, 431), a body
 * over {@code quarkus.http.limits.max-body-size} (413), and an API body without a content type
 * (415), each with a JSON error body; then reads the whole body on the event loop, so that the
 * REST layer gets it in memory and no worker thread ever waits for a slow client. A body that
 * has not arrived within {@link HttpLimitsConfig#bodyTimeout()} is answered 408 and its
 * connection closed; while {@link HttpLimitsConfig#maxPendingBodies()} bodies are arriving, the
 * next one is refused with 503. Thread-safe (the pending count is atomic).
 *
 * <p>The HTTP codec's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above ours, so that what the codec rejects with an empty
 * body (it offers no hook for a body) is only what is far beyond any real client.
 */
@ApplicationScoped
public class RequestLimits {

    /** Runs before Quarkus' body size check (order -2) and every application route. */
    static final int ORDER = -20;
    private static final String DONE = RequestLimits.class.getName() + ".done";

    private final HttpLimitsConfig config;
    private final long maxBody;
    private final AtomicInteger pending = new AtomicInteger();

    public RequestLimits(HttpLimitsConfig config,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                         MemorySize maxBody) {
        this.config = config;
        this.maxBody = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBody).setDeleteUploadedFilesOnEnd(true);
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).handler(ctx -> {
            if (ctx.get(DONE) == null) {
                ctx.next();
            } else {
                bodies.handle(ctx);
            }
        });
        router.route().order(ORDER + 1).handler(this::bodyArrived);
    }

    /** Bodies being received right now. */
    int pending() {
        return pending.get();
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > config.maxUriLength()) {
            ErrorResponses.send(ctx, 414, "uri_too_long", "The request URI is longer than " + config.maxUriLength()
                    + " characters. Send long input in a JSON body instead.", true);
            return;
        }
        if (headerBytes(request) > config.maxHeaderSize().asLongValue()) {
            ErrorResponses.send(ctx, 431, "headers_too_large", "The request headers are larger than "
                    + config.maxHeaderSize().asLongValue() + " bytes.", true);
            return;
        }
        if (!hasBody(request)) {
            ctx.next();
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBody) {
            tooLarge(ctx);
            return;
        }
        if (request.getHeader(HttpHeaders.CONTENT_TYPE) == null && request.path().startsWith("/api/")) {
            ErrorResponses.send(ctx, 415, "unsupported_media_type",
                    "Send the request body as JSON with the header Content-Type: application/json.", true);
            return;
        }
        if (pending.incrementAndGet() > config.maxPendingBodies()) {
            pending.decrementAndGet();
            ctx.response().putHeader("Retry-After", "5");
            ErrorResponses.send(ctx, 503, "too_many_uploads",
                    "The service is receiving too many requests at once. Try again in a few seconds.", true);
            return;
        }
        AtomicBoolean done = new AtomicBoolean();
        long timer = ctx.vertx().setTimer(config.bodyTimeout().toMillis(), id -> {
            if (done.compareAndSet(false, true)) {
                pending.decrementAndGet();
                ErrorResponses.send(ctx, 408, "body_timeout", "The request body did not arrive within "
                        + config.bodyTimeout().toSeconds() + " s. Send the whole body at once.", true);
            }
        });
        Runnable release = () -> {
            if (done.compareAndSet(false, true)) {
                pending.decrementAndGet();
                ctx.vertx().cancelTimer(timer);
            }
        };
        ctx.put(DONE, release);
        ctx.addEndHandler(v -> release.run());
        ctx.next();
    }

    private void bodyArrived(RoutingContext ctx) {
        Runnable release = ctx.get(DONE);
        if (release != null) {
            release.run();
        }
        if (!ctx.response().ended()) {
            ctx.next();
        }
    }

    /** Answers 413 for a body over the limit and closes the connection. */
    void tooLarge(RoutingContext ctx) {
        ErrorResponses.send(ctx, 413, "body_too_large", "The request body is larger than " + maxBody
                + " bytes. A chat message may have at most 2,000 characters.", true);
    }

    private static boolean hasBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? parse(length) != 0 : request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            bytes += h.getKey().length() + h.getValue().length() + 4;
        }
        return bytes;
    }
}
