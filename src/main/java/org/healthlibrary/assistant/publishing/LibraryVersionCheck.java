package org.healthlibrary.assistant.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The library version in {@code GET /q/health/ready}: always UP (a replica behind the published
 * version still serves its last good library, which is better than none), with the versions
 * served and wanted and whether it is behind. Stateless.
 */
@Readiness
@ApplicationScoped
public class LibraryVersionCheck implements HealthCheck {

    private final VersionFollower follower;

    public LibraryVersionCheck(VersionFollower follower) {
        this.follower = follower;
    }

    @Override
    public HealthCheckResponse call() {
        VersionStatus s = follower.status();
        var builder = HealthCheckResponse.named("library-version").up()
                .withData("serving", String.valueOf(s.serving()))
                .withData("wanted", String.valueOf(s.wanted()))
                .withData("behind", s.behind());
        if (s.reason() != null) {
            builder.withData("reason", s.reason());
        }
        return builder.build();
    }
}
