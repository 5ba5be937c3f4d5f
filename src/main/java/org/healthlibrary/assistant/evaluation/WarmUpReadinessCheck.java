package org.healthlibrary.assistant.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the start-up {@link WarmUp} rehearses answers ({@code reason: warming-up},
 * with the answers done so far); up once it is done (with how many of its answers failed) or
 * turned off. Shows counts only.
 */
@Readiness
@ApplicationScoped
public class WarmUpReadinessCheck implements HealthCheck {

    private final WarmUp warmUp;

    public WarmUpReadinessCheck(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        WarmUpStatus status = warmUp.status();
        var builder = HealthCheckResponse.named("warm-up").withData("answers", status.answers());
        if (status.finished()) {
            return builder.withData("state", status.state().name().toLowerCase(java.util.Locale.ROOT))
                    .withData("failures", status.failures()).up().build();
        }
        return builder.withData("reason", "warming-up").down().build();
    }
}
