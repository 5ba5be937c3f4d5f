package org.healthlibrary.assistant.admin;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.http.ErrorResponses;

/**
 * Puts {@code /q/metrics} (JVM version, traffic, fallbacks) behind the admin key: a scraper sends
 * {@code X-Api-Key} or {@code Authorization: Bearer <key>} (Prometheus' {@code authorization}
 * setting), with the same lockout as the admin API. Health endpoints stay open for probes.
 * Stateless apart from {@link AdminAccess}.
 */
@ApplicationScoped
public class MetricsAccess {

    private static final String BEARER = "Bearer ";

    private final AdminAccess access;

    public MetricsAccess(AdminAccess access) {
        this.access = access;
    }

    void register(@Observes Router router) {
        router.route("/q/metrics*").order(-15).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String key = ctx.request().getHeader("X-Api-Key");
        String authorization = ctx.request().getHeader("Authorization");
        if (key == null && authorization != null && authorization.startsWith(BEARER)) {
            key = authorization.substring(BEARER.length()).strip();
        }
        try {
            access.require(key, ClientAddress.of(ctx.request()));
            ctx.next();
        } catch (ApiException e) {
            if (e instanceof LockedOutException locked) {
                ctx.response().putHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
            }
            ErrorResponses.send(ctx, e.status(), e.error(), e.getMessage());
        }
    }
}
