package org.healthlibrary.assistant.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.function.Function;

/**
 * A Bucket4j token bucket per client: {@code requests} per {@code period}, refilled evenly,
 * all usable at once. Two kinds, with the same arithmetic:
 * <ul>
 *   <li>{@linkplain #ClientRateLimiter(int, Duration, int) in memory} (one machine): buckets
 *       live in a Caffeine cache bounded to {@code maxClients} and dropped after a period without
 *       requests (by then they would be full again), so memory stays bounded however many
 *       clients come;</li>
 *   <li>{@linkplain #shared shared}: the buckets are rows of the shared database, behind a
 *       Bucket4j {@link ProxyManager}, so a client has one budget whichever replica its requests
 *       reach. Each check is a database round trip ({@link #blocking()}: call it off the event
 *       loop).</li>
 * </ul>
 * Thread-safe (Bucket4j's local buckets are lock-free; a shared bucket is updated under a row lock).
 */
public final class ClientRateLimiter {

    private final Function<String, Bucket> buckets;
    private final boolean blocking;

    /** Buckets in this process's memory. */
    public ClientRateLimiter(int requests, Duration period, int maxClients) {
        this(inMemory(requests, period, maxClients), false);
    }

    private ClientRateLimiter(Function<String, Bucket> buckets, boolean blocking) {
        this.buckets = buckets;
        this.blocking = blocking;
    }

    /**
     * Buckets kept by {@code proxies} (in the shared database): every limiter over the same table
     * takes from the same bucket of a client.
     */
    public static ClientRateLimiter shared(int requests, Duration period, ProxyManager<String> proxies) {
        check(requests, period, 1);
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(bandwidth(requests, period)).build();
        return new ClientRateLimiter(client -> proxies.getProxy(client, () -> configuration), true);
    }

    /** True when a check talks to the database (so it must not run on an event-loop thread). */
    public boolean blocking() {
        return blocking;
    }

    /**
     * Takes one request from {@code client}'s bucket: 0 when it may go ahead, otherwise the whole
     * seconds (at least 1) until it may try again.
     */
    public long retryAfterSeconds(String client) {
        ConsumptionProbe probe = buckets.apply(client).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static Function<String, Bucket> inMemory(int requests, Duration period, int maxClients) {
        check(requests, period, maxClients);
        Cache<String, Bucket> cache = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(period).build();
        return client -> cache.get(client, k -> Bucket.builder().addLimit(bandwidth(requests, period)).build());
    }

    private static Bandwidth bandwidth(int requests, Duration period) {
        return Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build();
    }

    private static void check(int requests, Duration period, int maxClients) {
        if (requests < 1 || period.isZero() || period.isNegative() || maxClients < 1) {
            throw new IllegalArgumentException("assistant.web.rate-limit needs requests >= 1, a positive period and "
                    + "max-clients >= 1; was " + requests + " per " + period + ", " + maxClients + " clients");
        }
    }
}
