package org.healthlibrary.assistant.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed sign-ins per account and per client address and refuses further attempts once
 * either passes its limit, until the window since the first counted failure has passed. Counts
 * are kept in memory (bounded Caffeine caches that forget a key after the window), one machine's
 * worth; a successful sign-in clears the account's count. Thread-safe.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_KEYS = 100_000;

    private final Cache<String, AtomicInteger> byAccount;
    private final Cache<String, AtomicInteger> byClient;
    private final int maxPerAccount;
    private final int maxPerClient;

    @Inject
    public SignInThrottle(StaffConfig config) {
        this(config.signIn().maxFailuresPerAccount(), config.signIn().maxFailuresPerClient(), config.signIn().window());
    }

    SignInThrottle(int maxPerAccount, int maxPerClient, java.time.Duration window) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerClient = maxPerClient;
        this.byAccount = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_KEYS).build();
        this.byClient = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_KEYS).build();
    }

    /** Whether a sign-in for {@code username} from {@code client} may be tried now. */
    public boolean allows(String username, String client) {
        return count(byAccount, key(username)) < maxPerAccount && count(byClient, client) < maxPerClient;
    }

    /** Counts one failed sign-in. */
    public void failed(String username, String client) {
        byAccount.get(key(username), k -> new AtomicInteger()).incrementAndGet();
        byClient.get(client, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Clears the account's failures after a successful sign-in (the client's count stays). */
    public void succeeded(String username) {
        byAccount.invalidate(key(username));
    }

    private static int count(Cache<String, AtomicInteger> cache, String key) {
        AtomicInteger n = cache.getIfPresent(key);
        return n == null ? 0 : n.get();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
