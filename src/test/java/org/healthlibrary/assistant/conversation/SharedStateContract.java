package org.healthlibrary.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.conversation.MemoryConversationStoreTest.TestClock;
import org.healthlibrary.assistant.publishing.LibraryVersion;
import org.healthlibrary.assistant.publishing.LibraryVersions;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * What several replicas share through the database, run once per database by
 * {@link SharedStateH2Test} and {@link SharedStatePostgresqlTest}: conversations and chat memory
 * round-trip and expire, the cleanup deletes what expired, the service keeps chat memory where
 * it keeps conversations, and a library version is recorded once.
 */
abstract class SharedStateContract {

    private static final Conversation ANEMIA = Conversation.start().about("anemia", "Anemia").knowing(true, false);

    @Inject
    Session session;
    @Inject
    ActiveSession active;
    @Inject
    ObjectMapper json;
    @Inject
    ExpiredRowsCleanup cleanup;
    @Inject
    LibraryVersions versions;
    @Inject
    ConversationStore conversationStore;
    @Inject
    ChatMemoryStore chatMemoryStore;

    final TestClock clock = new TestClock(Instant.now());

    private ExpiringRows rows(ExpiringRows.Table table) {
        return new ExpiringRows(session, active.kind(), table, clock);
    }

    private DatabaseConversationStore conversations() {
        return new DatabaseConversationStore(rows(ExpiringRows.Table.CONVERSATION_STATE), json, Duration.ofMinutes(30));
    }

    @Test
    void aConversationWrittenByOneReplicaIsReadByAnother() {
        String id = UUID.randomUUID().toString();
        conversations().put(id, ANEMIA);
        assertThat(conversations().get(id)).as("a second store on the same database").isEqualTo(ANEMIA);
        Conversation later = ANEMIA.about("pancytopenia", "Pancytopenia");
        conversations().put(id, later);
        assertThat(conversations().get(id)).isEqualTo(later);
        assertThat(conversations().get("never-seen")).isEqualTo(Conversation.start());
    }

    @Test
    void aConversationExpiresItsTimeToLiveAfterTheLastMessage() {
        String id = UUID.randomUUID().toString();
        DatabaseConversationStore store = conversations();
        store.put(id, ANEMIA);
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(store.get(id)).isEqualTo(ANEMIA);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.get(id)).isEqualTo(Conversation.start());
    }

    @Test
    void theCleanupDeletesExpiredRowsOnly() {
        String expired = UUID.randomUUID().toString();
        String live = UUID.randomUUID().toString();
        ExpiringRows state = rows(ExpiringRows.Table.CONVERSATION_STATE);
        clock.advance(Duration.ofHours(-2));
        state.write(expired, "{}", Duration.ofMinutes(30));
        clock.advance(Duration.ofHours(2));
        state.write(live, "{}", Duration.ofMinutes(30));
        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);
        assertThat(count(expired)).isZero();
        assertThat(count(live)).isOne();
    }

    @Test
    void chatMemoryRoundTripsAndIsDeleted() {
        String id = UUID.randomUUID().toString();
        DatabaseChatMemoryStore memory = new DatabaseChatMemoryStore(rows(ExpiringRows.Table.CONVERSATION_MEMORY), Duration.ofMinutes(30));
        List<ChatMessage> messages = List.of(UserMessage.from("what is pancytopenia"), AiMessage.from("Pancytopenia is ..."));
        memory.updateMessages(id, messages);
        assertThat(memory.getMessages(id)).isEqualTo(messages);
        memory.deleteMessages(id);
        assertThat(memory.getMessages(id)).isEmpty();
    }

    @Test
    void chatMemoryWrittenByOneReplicaIsReadByAnotherUntilItExpires() {
        String id = UUID.randomUUID().toString();
        List<ChatMessage> messages = List.of(UserMessage.from("what is pancytopenia"), AiMessage.from("Pancytopenia is ..."));
        clock.advance(Duration.ofHours(-2)); // written two hours ago, so the cleanup (on the real clock) sees it expired
        new DatabaseChatMemoryStore(rows(ExpiringRows.Table.CONVERSATION_MEMORY), Duration.ofMinutes(30)).updateMessages(id, messages);
        DatabaseChatMemoryStore other = new DatabaseChatMemoryStore(rows(ExpiringRows.Table.CONVERSATION_MEMORY), Duration.ofMinutes(30));
        assertThat(other.getMessages(id)).as("a second store on the same database").isEqualTo(messages);
        clock.advance(Duration.ofMinutes(30));
        assertThat(other.getMessages(id)).as("30 minutes after the last update").isEmpty();
        clock.advance(Duration.ofMinutes(90));
        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);
        assertThat(count("conversation_memory", id)).isZero();
    }

    @Test
    void theServiceKeepsChatMemoryWhereItKeepsConversations() {
        boolean inDatabase = io.quarkus.arc.ClientProxy.unwrap(conversationStore) instanceof DatabaseConversationStore;
        assertThat(chatMemoryStore instanceof DatabaseChatMemoryStore).isEqualTo(inDatabase);
        assertThat(inDatabase).isEqualTo(expectDatabase());
    }

    /** Whether this database keeps conversations in the database by default. */
    abstract boolean expectDatabase();

    @Test
    void aLibraryVersionIsRecordedOnceAndTheNewestWins() {
        String hash = "test-" + UUID.randomUUID();
        LibraryVersion first = versions.publish(hash, 17, "a test");
        assertThat(versions.publish(hash, 17, "another replica")).isEqualTo(first);
        assertThat(versions.latest()).get().extracting(LibraryVersion::contentHash, LibraryVersion::articles,
                LibraryVersion::publishedBy).containsExactly(hash, 17, "a test");
        String next = "test-" + UUID.randomUUID();
        versions.publish(next, 18, "a test");
        assertThat(versions.latest()).get().extracting(LibraryVersion::contentHash).isEqualTo(next);
    }

    private long count(String id) {
        return count("conversation_state", id);
    }

    private long count(String table, String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> session.createNativeQuery(
                        "select count(*) from " + table + " where session_id = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }
}
