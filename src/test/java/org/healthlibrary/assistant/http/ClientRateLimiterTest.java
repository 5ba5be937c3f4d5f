package org.healthlibrary.assistant.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    @Test
    void eachClientHasItsOwnBucketOfRequestsPerPeriod() {
        ClientRateLimiter limiter = new ClientRateLimiter(3, Duration.ofMinutes(1), 100);
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).isZero();
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).isZero();
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).isZero();
        long wait = limiter.retryAfterSeconds("10.0.0.1");
        assertThat(wait).as("one token refills in a third of a minute").isBetween(19L, 20L);
        assertThat(limiter.retryAfterSeconds("10.0.0.2")).as("another client is not affected").isZero();
    }

    @Test
    void theWaitIsAtLeastOneSecond() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, Duration.ofMillis(500), 10);
        assertThat(limiter.retryAfterSeconds("c")).isZero();
        assertThat(limiter.retryAfterSeconds("c")).isEqualTo(1);
    }

    @Test
    void nonsenseSettingsAreRejectedAtStartUp() {
        assertThatThrownBy(() -> new ClientRateLimiter(0, Duration.ofMinutes(1), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("assistant.web.rate-limit needs");
        assertThatThrownBy(() -> new ClientRateLimiter(5, Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
