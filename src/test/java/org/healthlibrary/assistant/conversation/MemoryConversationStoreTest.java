package org.healthlibrary.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.IntStream;
import org.healthlibrary.assistant.answer.Conversation;
import org.junit.jupiter.api.Test;

/** Sessions are remembered for the time to live after their last message, and never more than the bound. */
class MemoryConversationStoreTest {

    private static final Conversation ANEMIA = Conversation.start().about("anemia", "Anemia");

    private final TestClock clock = new TestClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final ConversationStore store = new MemoryConversationStore(Duration.ofMinutes(30), 3, clock);

    @Test
    void anUnknownIdStartsANewConversation() {
        assertThat(store.get("never-seen")).isEqualTo(Conversation.start());
    }

    @Test
    void aStoredConversationIsReturnedUntilItsTimeToLiveEnds() {
        store.put("s1", ANEMIA);
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(store.get("s1")).isEqualTo(ANEMIA);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.get("s1")).isEqualTo(Conversation.start());
    }

    @Test
    void readingDoesNotExtendTheTimeToLiveButANewMessageDoes() {
        store.put("s1", ANEMIA);
        clock.advance(Duration.ofMinutes(20));
        assertThat(store.get("s1")).isEqualTo(ANEMIA);
        clock.advance(Duration.ofMinutes(10));
        assertThat(store.get("s1")).as("30 minutes after the last put").isEqualTo(Conversation.start());

        store.put("s2", ANEMIA);
        clock.advance(Duration.ofMinutes(20));
        Conversation later = ANEMIA.knowing(true, false);
        store.put("s2", later);
        clock.advance(Duration.ofMinutes(20));
        assertThat(store.get("s2")).isEqualTo(later);
    }

    @Test
    void atMostMaxSessionsAreRemembered() {
        IntStream.range(0, 10).forEach(i -> store.put("s" + i, ANEMIA.about("a" + i, "A" + i)));
        long remembered = IntStream.range(0, 10).filter(i -> !store.get("s" + i).equals(Conversation.start())).count();
        assertThat(remembered).isEqualTo(3);
    }

    @Test
    void newIdsAreRandomUuids() {
        String id = store.newId();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(store.newId()).isNotEqualTo(id);
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
