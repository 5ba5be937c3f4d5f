package org.healthlibrary.assistant.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Windows over the chat memory store: any window over a session sees the same messages (they are
 * read from the store), and clearing a session's window leaves a shared store's memory for the
 * other replicas while a one-off memory, or any memory in a store of this process, is deleted.
 */
class SessionChatMemoriesTest {

    private static final List<ChatMessage> TURN = List.of(UserMessage.from("q1"), AiMessage.from("a1"));

    @Test
    void twoWindowsOverOneSessionSeeTheSameMessages() {
        Shared store = new Shared();
        ChatMemory replicaA = new SessionChatMemories(store, 10).get("s");
        ChatMemory replicaB = new SessionChatMemories(store, 10).get("s");
        replicaA.add(UserMessage.from("q1"));
        replicaB.add(AiMessage.from("a1"));
        assertThat(replicaA.messages()).isEqualTo(TURN);
        assertThat(replicaB.messages()).isEqualTo(TURN);
    }

    @Test
    void theWindowKeepsTheLastMessages() {
        ChatMemory window = new SessionChatMemories(new InMemoryChatMemoryStore(), 2).get("s");
        window.add(UserMessage.from("q1"));
        window.add(AiMessage.from("a1"));
        window.add(UserMessage.from("q2"));
        assertThat(window.messages()).containsExactly(AiMessage.from("a1"), UserMessage.from("q2"));
    }

    @Test
    void clearingASessionLeavesASharedStoresMemory() {
        Shared store = new Shared();
        store.updateMessages("s", TURN);
        new SessionChatMemories(store, 10).get("s").clear();
        assertThat(store.getMessages("s")).isEqualTo(TURN);
    }

    @Test
    void aOneOffMemoryIsDeletedFromASharedStore() {
        Shared store = new Shared();
        store.updateMessages("one-off:1", TURN);
        new SessionChatMemories(store, 10).get("one-off:1").clear();
        assertThat(store.getMessages("one-off:1")).isEmpty();
    }

    @Test
    void aStoreOfThisProcessIsCleared() {
        InMemoryChatMemoryStore store = new InMemoryChatMemoryStore();
        store.updateMessages("s", TURN);
        new SessionChatMemories(store, 10).get("s").clear();
        assertThat(store.getMessages("s")).isEmpty();
    }

    /** A shared store for the test: LangChain4j's in-memory store, marked shared. */
    private static final class Shared implements SharedChatMemoryStore {
        private final InMemoryChatMemoryStore messages = new InMemoryChatMemoryStore();

        @Override
        public List<ChatMessage> getMessages(Object memoryId) {
            return messages.getMessages(memoryId);
        }

        @Override
        public void updateMessages(Object memoryId, List<ChatMessage> list) {
            messages.updateMessages(memoryId, list);
        }

        @Override
        public void deleteMessages(Object memoryId) {
            messages.deleteMessages(memoryId);
        }
    }
}
