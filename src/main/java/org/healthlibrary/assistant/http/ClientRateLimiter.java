package org.healthlibrary.assistant.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * A Bucket4j token bucket per client: {@code requests} per {@code period}, refilled evenly,
 * all usable at once. Buckets live in a Caffeine cache bounded to {@code maxClients} and dropped
 * after a period without requests (by then they would be full again), so memory stays bounded
 * however many clients come. Thread-safe (Bucket4j's buckets are lock-free).
 */
public final class ClientRateLimiter {

    private final int requests;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimiter(int requests, Duration period, int maxClients) {
        if (requests < 1 || period.isZero() || period.isNegative() || maxClients < 1) {
            throw new IllegalArgumentException("assistant.web.rate-limit needs requests >= 1, a positive period and "
                    + "max-clients >= 1; was " + requests + " per " + period + ", " + maxClients + " clients");
        }
        this.requests = requests;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(period).build();
    }

    /**
     * Takes one request from {@code client}'s bucket: 0 when it may go ahead, otherwise the whole
     * seconds (at least 1) until it may try again.
     */
    public long retryAfterSeconds(String client) {
        Bucket bucket = buckets.get(client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
