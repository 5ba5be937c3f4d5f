package org.healthlibrary.assistant.http;

import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Gives failures below the REST layer (a body over the size limit while it streams in, a
 * request the router cannot route, a failure in a route handler) the same JSON
 * {@code {error, message}} body as the REST layer's, instead of Quarkus' default empty or HTML
 * page; failures of Quarkus security (a sign-in challenge or redirect) are left to it. Only the
 * failure's type is logged, never its message (it could echo input). Stateless.
 */
@ApplicationScoped
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final RequestLimits limits;

    public RouteFailures(RequestLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Router router) {
        router.route().order(RequestLimits.ORDER).failureHandler(this::fail);
    }

    private void fail(RoutingContext ctx) {
        if (ctx.response().closed() || ctx.failure() instanceof HttpClosedException) {
            return; // the client went away (e.g. closed a stalled upload): nobody to answer
        }
        if (isSecurity(ctx.failure())) {
            ctx.next(); // sign-in challenges and redirects (the console's form sign-in) are Quarkus security's to answer
            return;
        }
        int status = ctx.statusCode();
        if (status == 413) {
            limits.tooLarge(ctx);
            return;
        }
        if (status >= 400 && status < 500) {
            ErrorResponses.send(ctx, status, code(status), message(status), status == 408);
            return;
        }
        Throwable failure = ctx.failure();
        LOG.errorf("Unexpected %s below the REST layer", failure == null ? "status " + status : failure.getClass().getName());
        LOG.debug("Unexpected failure below the REST layer", failure);
        ErrorResponses.send(ctx, 500, "internal_error", "Something went wrong on our side. Please try again.");
    }

    /** A failure raised by Quarkus security (authentication failed, a redirect to sign in, forbidden). */
    static boolean isSecurity(Throwable failure) {
        return failure != null && failure.getClass().getName().startsWith("io.quarkus.security.");
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "body_timeout";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            default -> "bad_request";
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 404 -> "There is no such endpoint or resource. See README.md for the API.";
            case 405 -> "This endpoint does not accept that HTTP method. See README.md for the API.";
            case 415 -> "Send the request body as JSON with the header Content-Type: application/json.";
            default -> "The request could not be read. See README.md for the API.";
        };
    }
}
