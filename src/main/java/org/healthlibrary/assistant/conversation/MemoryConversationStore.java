package org.healthlibrary.assistant.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.healthlibrary.assistant.answer.Conversation;

/**
 * Conversations in this process's memory, for {@code ttl} after their last message and at most
 * {@code maxSessions} at once: a Caffeine cache, whose size eviction drops conversations that
 * are rarely and not recently used first. The one-machine default: a restart or another
 * replica forgets them. Thread-safe; eviction runs on the writing thread, so the bound holds
 * after every {@link #put}.
 */
public final class MemoryConversationStore implements ConversationStore {

    private final Cache<String, Conversation> sessions;

    /**
     * @param ttl         how long a conversation is kept after its last message
     * @param maxSessions the most conversations kept at once
     * @param clock       the time source (tests move it)
     */
    public MemoryConversationStore(Duration ttl, int maxSessions, Clock clock) {
        this.sessions = Caffeine.newBuilder()
                .maximumSize(maxSessions)
                .expireAfterWrite(ttl)
                .ticker(ticker(clock))
                .executor(Runnable::run)
                .build();
    }

    /** Caffeine's clock, read from {@code clock} so tests can move time. */
    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    @Override
    public Conversation get(String id) {
        Conversation stored = sessions.getIfPresent(id);
        return stored == null ? Conversation.start() : stored;
    }

    @Override
    public void put(String id, Conversation conversation) {
        sessions.put(id, conversation);
    }
}
