package org.healthlibrary.assistant.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The web entry's filter in front of every route (API, widget files and the chat page alike):
 * CORS for the configured hospital origins only (a preflight, or a write to {@code /api/}, from any other origin
 * gets 403), the security and cache headers of {@link ResponseHeaders}, and per-client rate
 * limits on the patient endpoints (429 JSON with {@code Retry-After}; buckets from
 * {@link RateLimiters}, checked off the event loop when they are in the database). The client is the remote
 * address; behind a proxy set {@code quarkus.http.proxy.proxy-address-forwarding=true} so that it
 * is the patient's, not the proxy's. Thread-safe (its parts are immutable or thread-safe).
 */
@ApplicationScoped
public class WebFilters {

    private static final Logger LOG = Logger.getLogger(WebFilters.class);

    /** Runs before Quarkus's own filters and every route. */
    static final int PRIORITY = 1000;

    private final CorsPolicy cors;
    private final ResponseHeaders headers;
    private final ClientRateLimiter limiter;
    private final Set<String> limitedPaths;

    public WebFilters(WebConfig config, RateLimiters limiters) {
        this.cors = new CorsPolicy(config.allowedOrigins().orElse(List.of()));
        this.headers = new ResponseHeaders(config, cors.origins());
        this.limiter = limiters.limiter().orElse(null);
        this.limitedPaths = Set.copyOf(config.rateLimit().paths());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = path(rc);
        String origin = request.getHeader("Origin");
        String self = request.scheme() + "://" + request.host();
        boolean allowed = cors.allows(origin, self);
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            headers.forPath(path, request.query()).forEach(response.headers()::set);
            if (origin != null && allowed) {
                response.headers().set("Access-Control-Allow-Origin", origin)
                        .add("Vary", "Origin")
                        .set("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
            }
        });
        if (request.method() == HttpMethod.OPTIONS && origin != null
                && request.getHeader("Access-Control-Request-Method") != null) {
            preflight(rc, allowed);
            return;
        }
        if (!allowed && path.startsWith("/api/") && request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            error(rc, 403, "origin_not_allowed", "This site is not allowed to use the assistant. The service's operator "
                    + "can add it to assistant.web.allowed-origins.");
            return;
        }
        if (limiter != null && request.method() == HttpMethod.POST && limitedPaths.contains(path)) {
            String client = request.remoteAddress().hostAddress();
            if (!limiter.blocking()) {
                limited(rc, limiter.retryAfterSeconds(client));
                return;
            }
            // The shared buckets are a database round trip: off the event loop, with the body held back meanwhile.
            request.pause();
            rc.vertx().executeBlocking(() -> limiter.retryAfterSeconds(client), false).onComplete(checked -> {
                request.resume(); // delivers held-back body data on a later turn of the event loop, after the next handler is set
                if (checked.succeeded()) {
                    limited(rc, checked.result());
                } else {
                    LOG.warnf("The shared rate limit could not be checked (%s); the request goes ahead",
                            checked.cause().getClass().getSimpleName());
                    rc.next();
                }
            });
            return;
        }
        rc.next();
    }

    /** Answers 429 when the client must wait {@code wait} seconds, else passes the request on. */
    private static void limited(RoutingContext rc, long wait) {
        if (wait > 0) {
            rc.response().putHeader("Retry-After", Long.toString(wait));
            error(rc, 429, "rate_limited", "Too many messages in a short time. Please wait " + wait
                    + " seconds, then try again.");
            return;
        }
        rc.next();
    }

    private void preflight(RoutingContext rc, boolean allowed) {
        if (!allowed) {
            error(rc, 403, "origin_not_allowed", "This site is not allowed to use the assistant. The service's operator "
                    + "can add it to assistant.web.allowed-origins.");
            return;
        }
        rc.response().setStatusCode(204)
                .putHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS)
                .putHeader("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS)
                .putHeader("Access-Control-Max-Age", "600")
                .end();
    }

    private static void error(RoutingContext rc, int status, String code, String message) {
        ErrorResponses.send(rc, status, code, message);
    }

    /** The request path with dot segments and repeated or trailing slashes removed, so no spelling escapes a limit. */
    private static String path(RoutingContext rc) {
        String p = rc.normalizedPath().replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
