package org.healthlibrary.assistant.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.healthlibrary.assistant.http.ApiException;
import org.junit.jupiter.api.Test;

/** Wrong admin keys lock a client out for a while; other clients and the right key after the wait are unaffected. */
class AdminAccessTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final AdminAccess access = new AdminAccess(() -> Optional.of("k3y"), lockout(3, Duration.ofMinutes(15)),
            ticker);

    private static AdminLockoutConfig lockout(int failures, Duration duration) {
        return new AdminLockoutConfig() {
            @Override
            public int maxFailures() {
                return failures;
            }

            @Override
            public Duration duration() {
                return duration;
            }

            @Override
            public int maxClients() {
                return 100;
            }
        };
    }

    private int status(String key, String client) {
        try {
            access.require(key, client);
            return 200;
        } catch (ApiException e) {
            return e.status();
        }
    }

    @Test
    void afterMaxFailuresEvenTheRightKeyIsRefusedWith429() {
        assertThat(status("a", "10.0.0.1")).isEqualTo(401);
        assertThat(status("b", "10.0.0.1")).isEqualTo(401);
        assertThat(status("c", "10.0.0.1")).isEqualTo(401);
        assertThatThrownBy(() -> access.require("k3y", "10.0.0.1")).isInstanceOf(LockedOutException.class)
                .satisfies(e -> {
                    LockedOutException locked = (LockedOutException) e;
                    assertThat(locked.status()).isEqualTo(429);
                    assertThat(locked.error()).isEqualTo("too_many_attempts");
                    assertThat(locked.retryAfterSeconds()).isEqualTo(901);
                });
        assertThat(status("k3y", "10.0.0.2")).as("another client").isEqualTo(200);
    }

    @Test
    void theLockoutEndsAfterTheDurationSinceTheLastWrongKey() {
        for (int i = 0; i < 3; i++) {
            status("wrong", "10.0.0.1");
        }
        nanos.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(status("k3y", "10.0.0.1")).isEqualTo(429);
        nanos.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThat(status("k3y", "10.0.0.1")).isEqualTo(200);
    }

    @Test
    void theRightKeyResetsTheCount() {
        status("a", "10.0.0.1");
        status("b", "10.0.0.1");
        assertThatCode(() -> access.require("k3y", "10.0.0.1")).doesNotThrowAnyException();
        status("c", "10.0.0.1");
        status("d", "10.0.0.1");
        assertThat(status("k3y", "10.0.0.1")).isEqualTo(200);
    }

    @Test
    void missingKeysCountAndAClosedAdminDoesNotLockAnyoneOut() {
        assertThat(status(null, "10.0.0.3")).isEqualTo(401);
        AdminAccess closed = new AdminAccess(Optional::empty, lockout(1, Duration.ofMinutes(15)), ticker);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> closed.require("x", "10.0.0.4")).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(403));
        }
    }
}
