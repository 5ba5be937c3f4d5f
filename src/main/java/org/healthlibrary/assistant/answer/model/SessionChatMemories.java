package org.healthlibrary.assistant.answer.model;

import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The chat memories {@link ModelAssistant} uses (quarkus-langchain4j takes this bean in place of
 * its default provider): a window of {@link ModelConfig#memoryMessages()} messages per memory id
 * over the one {@link ChatMemoryStore} bean (in memory, or the database shared by replicas). With
 * a {@link SharedChatMemoryStore}, clearing a session's memory, which quarkus-langchain4j does
 * when {@link SessionMemories} makes this replica forget a session, only forgets it here: the
 * rows stay for any replica that continues the conversation and expire in the database. A window
 * holds no messages itself (it reads the store on every call), so any replica's window over a
 * session sees the same memory. Thread-safe.
 */
@ApplicationScoped
public class SessionChatMemories implements ChatMemoryProvider {

    private final ChatMemoryStore store;
    private final int maxMessages;

    @Inject
    public SessionChatMemories(ChatMemoryStore store, ModelConfig config) {
        this(store, config.memoryMessages());
    }

    SessionChatMemories(ChatMemoryStore store, int maxMessages) {
        this.store = store;
        this.maxMessages = maxMessages;
    }

    @Override
    public ChatMemory get(Object memoryId) {
        ChatMemory window = MessageWindowChatMemory.builder().id(memoryId).maxMessages(maxMessages).chatMemoryStore(store).build();
        return store instanceof SharedChatMemoryStore && !SessionMemories.isOneOff(memoryId) ? new KeptOnClear(window) : window;
    }

    /** A window whose {@link #clear()} leaves the shared store alone. */
    private record KeptOnClear(ChatMemory window) implements ChatMemory {

        @Override
        public Object id() {
            return window.id();
        }

        @Override
        public void add(ChatMessage message) {
            window.add(message);
        }

        @Override
        public void set(Iterable<ChatMessage> messages) {
            window.set(messages);
        }

        @Override
        public List<ChatMessage> messages() {
            return window.messages();
        }

        @Override
        public void clear() {
            // forgotten by this replica only: the database expires the rows
        }
    }
}
