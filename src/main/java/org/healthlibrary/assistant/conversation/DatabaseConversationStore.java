package org.healthlibrary.assistant.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.healthlibrary.assistant.answer.Conversation;
import org.jboss.logging.Logger;

/**
 * Conversations in the database every replica shares ({@code assistant.chat.store=database}), so
 * the next message continues the conversation whichever replica it reaches. The state is the
 * JSON of {@link Conversation} (a topic and two flags, never message text) in table
 * {@code conversation_state}, kept {@code ttl} after the last message; expired rows read as
 * absent and {@link ExpiredRowsCleanup} deletes them. A row that no longer parses (written by an
 * incompatible version) starts a new conversation rather than failing the message.
 * Thread-safe.
 */
public final class DatabaseConversationStore implements ConversationStore {

    private static final Logger LOG = Logger.getLogger(DatabaseConversationStore.class);

    private final ExpiringRows rows;
    private final ObjectMapper json;
    private final Duration ttl;

    public DatabaseConversationStore(ExpiringRows rows, ObjectMapper json, Duration ttl) {
        this.rows = rows;
        this.json = json;
        this.ttl = ttl;
    }

    @Override
    public Conversation get(String id) {
        return rows.read(id).map(this::parse).orElseGet(Conversation::start);
    }

    @Override
    public void put(String id, Conversation conversation) {
        try {
            rows.write(id, json.writeValueAsString(conversation), ttl);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A conversation could not be written as JSON", e);
        }
    }

    private Conversation parse(String body) {
        try {
            return json.readValue(body, Conversation.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("A stored conversation could not be read (%s): starting a new one", e.getOriginalMessage());
            return Conversation.start();
        }
    }
}
