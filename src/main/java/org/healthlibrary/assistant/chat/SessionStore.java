package org.healthlibrary.assistant.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.healthlibrary.assistant.answer.Conversation;

/**
 * Remembers each conversation's state (the last topic only, never message text) in memory,
 * for {@link ChatConfig#sessionTtl()} after its last message, and at most
 * {@link ChatConfig#maxSessions()} conversations (least recently used forgotten first).
 * An unknown or expired id simply starts a new conversation under that id. Thread-safe.
 */
@ApplicationScoped
public class SessionStore {

    private final ChatConfig config;
    private final Clock clock;
    private final Map<String, Entry> sessions = new LinkedHashMap<>(256, 0.75f, true);

    @Inject
    public SessionStore(ChatConfig config) {
        this(config, Clock.systemUTC());
    }

    SessionStore(ChatConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** A fresh session id. */
    public String newId() {
        return UUID.randomUUID().toString();
    }

    /** The conversation stored under {@code id}, or a new one. */
    public synchronized Conversation get(String id) {
        Entry e = sessions.get(id);
        if (e == null || e.lastUsed().plus(config.sessionTtl()).isBefore(clock.instant())) {
            sessions.remove(id);
            return Conversation.start();
        }
        return e.conversation();
    }

    /** Stores the conversation's new state. */
    public synchronized void put(String id, Conversation conversation) {
        sessions.put(id, new Entry(conversation, clock.instant()));
        while (sessions.size() > config.maxSessions()) {
            String eldest = sessions.keySet().iterator().next();
            sessions.remove(eldest);
        }
    }

    private record Entry(Conversation conversation, Instant lastUsed) {
    }
}
