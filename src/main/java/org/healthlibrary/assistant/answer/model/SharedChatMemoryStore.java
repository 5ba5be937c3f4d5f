package org.healthlibrary.assistant.answer.model;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * A {@link ChatMemoryStore} shared by every replica whose memories expire by themselves (the
 * database store, read fresh on every call). A replica forgetting a session (its cache of
 * sessions dropped it as expired or surplus) therefore must not delete the session's memory: another
 * replica may have continued the conversation since. {@link SessionChatMemories} honours this; only
 * one-off memories (calls without a session) are deleted at once. Implementations must be thread-safe.
 */
public interface SharedChatMemoryStore extends ChatMemoryStore {
}
