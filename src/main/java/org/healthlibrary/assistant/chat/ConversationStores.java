package org.healthlibrary.assistant.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.healthlibrary.assistant.answer.model.ModelConfig;
import org.healthlibrary.assistant.conversation.ConversationConfig;
import org.healthlibrary.assistant.conversation.ConversationConfig.StoreKind;
import org.healthlibrary.assistant.conversation.ConversationStore;
import org.healthlibrary.assistant.conversation.DatabaseChatMemoryStore;
import org.healthlibrary.assistant.conversation.DatabaseConversationStore;
import org.healthlibrary.assistant.conversation.ExpiringRows;
import org.healthlibrary.assistant.conversation.MemoryConversationStore;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Produces the one {@link ConversationStore} chat and its stream use, and the model's one
 * {@link ChatMemoryStore}, both chosen at start-up by {@code assistant.conversation.store} (unset:
 * the database on PostgreSQL, memory on H2), with the chat's and the model's time to live and
 * bound. Stateless.
 */
@ApplicationScoped
public class ConversationStores {

    private static final Logger LOG = Logger.getLogger(ConversationStores.class);

    @Produces
    @ApplicationScoped
    ConversationStore store(ChatConfig chat, ConversationConfig config, ActiveSession active, Session session,
                            ObjectMapper json) {
        StoreKind kind = choose(config, active.kind());
        LOG.infof("Conversations are kept in %s", kind == StoreKind.DATABASE
                ? "the " + active.kind().unitName() + " database (shared by replicas)" : "memory (this process only)");
        if (kind == StoreKind.DATABASE) {
            ExpiringRows rows = new ExpiringRows(session, active.kind(), ExpiringRows.Table.CONVERSATION_STATE, Clock.systemUTC());
            return new DatabaseConversationStore(rows, json, chat.sessionTtl());
        }
        return new MemoryConversationStore(chat.sessionTtl(), chat.maxSessions(), Clock.systemUTC());
    }

    /**
     * The model's chat memory, kept where conversations are: in this process (LangChain4j's
     * in-memory store) or in the database (shared by replicas, {@link ModelConfig#memoryTtl()} after
     * the last update). Replaces quarkus-langchain4j's default in-memory store; a singleton, so
     * {@code answer.model.SessionChatMemories} sees the store's own type.
     */
    @Produces
    @Singleton
    ChatMemoryStore chatMemory(ConversationConfig config, ActiveSession active, Session session, ModelConfig model) {
        if (choose(config, active.kind()) == StoreKind.DATABASE) {
            ExpiringRows rows = new ExpiringRows(session, active.kind(), ExpiringRows.Table.CONVERSATION_MEMORY, Clock.systemUTC());
            return new DatabaseChatMemoryStore(rows, model.memoryTtl());
        }
        return new InMemoryChatMemoryStore();
    }

    /** The configured store, or the one that follows the database kind. */
    static StoreKind choose(ConversationConfig config, DatabaseKind database) {
        return config.store().orElse(database == DatabaseKind.POSTGRESQL ? StoreKind.DATABASE : StoreKind.MEMORY);
    }
}
