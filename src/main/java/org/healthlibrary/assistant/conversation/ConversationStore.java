package org.healthlibrary.assistant.conversation;

import java.util.UUID;
import org.healthlibrary.assistant.answer.Conversation;

/**
 * Where a chat conversation's state lives between messages, keyed by session id. An unknown or
 * expired id simply starts a new conversation under that id. Implementations are thread-safe:
 * {@link MemoryConversationStore} (one machine, the default) and
 * {@link DatabaseConversationStore} (shared by every replica behind a load balancer).
 */
public interface ConversationStore {

    /** A fresh session id: a random UUID. */
    default String newId() {
        return UUID.randomUUID().toString();
    }

    /** The conversation stored under {@code id}, or a new one. */
    Conversation get(String id);

    /** Stores the conversation's new state; its time to live starts again now. */
    void put(String id, Conversation conversation);
}
