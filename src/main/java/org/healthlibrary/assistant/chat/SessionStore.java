package org.healthlibrary.assistant.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.healthlibrary.assistant.answer.Conversation;

/**
 * Remembers each conversation's state (the last topic only, never message text) in memory,
 * for {@link ChatConfig#sessionTtl()} after its last message, and at most
 * {@link ChatConfig#maxSessions()} conversations: a Caffeine cache, whose size eviction drops
 * conversations that are rarely and not recently used first. An unknown or expired id simply
 * starts a new conversation under that id. Thread-safe; eviction runs on the writing thread,
 * so the bound holds after every {@link #put}.
 */
@ApplicationScoped
public class SessionStore {

    private final Cache<String, Conversation> sessions;

    @Inject
    public SessionStore(ChatConfig config) {
        this(config, Clock.systemUTC());
    }

    SessionStore(ChatConfig config, Clock clock) {
        this.sessions = Caffeine.newBuilder()
                .maximumSize(config.maxSessions())
                .expireAfterWrite(config.sessionTtl())
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

    /** A fresh session id. */
    public String newId() {
        return UUID.randomUUID().toString();
    }

    /** The conversation stored under {@code id}, or a new one. */
    public Conversation get(String id) {
        Conversation stored = sessions.getIfPresent(id);
        return stored == null ? Conversation.start() : stored;
    }

    /** Stores the conversation's new state; its time to live starts again now. */
    public void put(String id, Conversation conversation) {
        sessions.put(id, conversation);
    }
}
