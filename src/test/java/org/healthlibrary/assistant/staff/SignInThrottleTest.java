package org.healthlibrary.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(15));

    @Test
    void anAccountIsRefusedAfterItsLimitOfFailures() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("nurse", "10.0.0.1")).isTrue();
            throttle.failed("nurse", "10.0.0.1");
        }
        assertThat(throttle.allows("nurse", "10.0.0.1")).isFalse();
        assertThat(throttle.allows("NURSE ", "10.0.0.9")).as("same account from another client, any case").isFalse();
        assertThat(throttle.allows("doctor", "10.0.0.9")).isTrue();
    }

    @Test
    void aClientIsRefusedAfterItsLimitAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess" + i, "10.0.0.2");
        }
        assertThat(throttle.allows("someone-new", "10.0.0.2")).isFalse();
        assertThat(throttle.allows("someone-new", "10.0.0.3")).isTrue();
    }

    @Test
    void successClearsTheAccountsFailures() {
        throttle.failed("nurse", "10.0.0.4");
        throttle.failed("nurse", "10.0.0.4");
        throttle.succeeded("nurse");
        throttle.failed("nurse", "10.0.0.4");
        throttle.failed("nurse", "10.0.0.4");
        assertThat(throttle.allows("nurse", "10.0.0.4")).isTrue();
    }
}
