package org.healthlibrary.assistant.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the library index is open: {@code GET /q/health/ready}. */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

    private final LibraryIndex index;

    public IndexReadinessCheck(LibraryIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("library-index").status(index.isReady());
        if (index.isReady()) {
            builder.withData("articles", index.library().articles().size());
        } else {
            builder.withData("reason", index.failure() != null ? index.failure() : "the index is being opened or built");
        }
        return builder.build();
    }
}
