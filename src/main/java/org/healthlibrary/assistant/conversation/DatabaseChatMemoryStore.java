package org.healthlibrary.assistant.conversation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.Duration;
import java.util.List;
import org.healthlibrary.assistant.answer.model.SharedChatMemoryStore;

/**
 * The model's chat memory in the shared database (table {@code conversation_memory}), so model
 * mode keeps a session's messages whichever replica the next message reaches: a LangChain4j
 * {@link ChatMemoryStore}, the messages as LangChain4j's own JSON, kept {@code ttl} after the
 * last update and deleted afterwards by {@link ExpiredRowsCleanup}. The memory id is the chat
 * session id. A {@link SharedChatMemoryStore}: a replica that forgets a session does not delete
 * its rows. {@code chat.ConversationStores} makes it the service's one {@code ChatMemoryStore}
 * bean when conversations are kept in the database. Thread-safe.
 */
public final class DatabaseChatMemoryStore implements SharedChatMemoryStore {

    private final ExpiringRows rows;
    private final Duration ttl;

    public DatabaseChatMemoryStore(ExpiringRows rows, Duration ttl) {
        this.rows = rows;
        this.ttl = ttl;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return rows.read(memoryId.toString()).map(ChatMessageDeserializer::messagesFromJson).orElseGet(List::of);
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        rows.write(memoryId.toString(), ChatMessageSerializer.messagesToJson(messages), ttl);
    }

    @Override
    public void deleteMessages(Object memoryId) {
        rows.delete(memoryId.toString());
    }
}
