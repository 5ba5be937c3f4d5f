package org.healthlibrary.assistant.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.healthlibrary.assistant.http.ApiException;

/**
 * Decides whether a caller may use an operator endpoint (the admin API, {@code /q/metrics}):
 * the {@code X-Api-Key} must match {@code assistant.admin.api-key} ({@link ApiKeyCheck}), and a
 * client that sent {@link AdminLockoutConfig#maxFailures()} wrong keys is refused with 429 for
 * {@link AdminLockoutConfig#duration()} after its last one, whatever key it sends, so that a key
 * cannot be guessed at thousands of tries a second. Wrong keys are counted per client address
 * in a bounded, expiring map. Thread-safe.
 */
@ApplicationScoped
public class AdminAccess {

    private final AdminConfig config;
    private final AdminLockoutConfig lockout;
    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    @Inject
    public AdminAccess(AdminConfig config, AdminLockoutConfig lockout) {
        this(config, lockout, Ticker.systemTicker());
    }

    AdminAccess(AdminConfig config, AdminLockoutConfig lockout, Ticker ticker) {
        this.config = config;
        this.lockout = lockout;
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder().maximumSize(lockout.maxClients())
                .expireAfterWrite(lockout.duration()).ticker(ticker).build();
    }

    /**
     * Returns when {@code key} is the admin key and {@code client} is not locked out; otherwise
     * throws the {@link ApiException} to answer with (403, 401, or {@link LockedOutException}).
     */
    public void require(String key, String client) {
        Failures seen = failures.getIfPresent(client);
        if (seen != null && seen.count() >= lockout.maxFailures()) {
            throw new LockedOutException(retryAfter(seen));
        }
        try {
            ApiKeyCheck.require(config, key);
        } catch (ApiException e) {
            if (e.status() == 401 && config.apiKey().isPresent()) {
                failures.asMap().merge(client, new Failures(1, ticker.read()),
                        (old, one) -> new Failures(old.count() + 1, one.lastNanos()));
            }
            throw e;
        }
        failures.invalidate(client);
    }

    private long retryAfter(Failures seen) {
        long left = lockout.duration().toNanos() - (ticker.read() - seen.lastNanos());
        return Math.max(1, Duration.ofNanos(left).toSeconds() + 1);
    }

    private record Failures(int count, long lastNanos) {
    }
}
