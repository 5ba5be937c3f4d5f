package org.healthlibrary.assistant.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the library index is open and holds articles: {@code GET /q/health/ready}.
 * Its data say {@code articles} when up, else a {@code reason} code ({@link IndexReasons}):
 * never a path or an exception's text, since anyone can read this endpoint.
 */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

    private final LibraryIndex index;

    public IndexReadinessCheck(LibraryIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("library-index");
        String reason = index.failure() != null ? index.failure() : IndexReasons.OPENING;
        if (index.isReady()) {
            try {
                int articles = index.library().articles().size();
                builder.withData("articles", articles);
                reason = articles > 0 ? null : IndexReasons.LIBRARY_EMPTY;
            } catch (IndexNotReadyException e) {
                // closed between the two calls (a damaged index was just dropped)
            }
        }
        if (reason == null) {
            return builder.up().build();
        }
        return builder.down().withData("reason", reason).build();
    }
}
