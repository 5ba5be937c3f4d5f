package org.healthlibrary.assistant.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chat memory follows sessions: dropped when expired or surplus, and rewritten after a fallback. */
class SessionMemoriesTest {

    private final InMemoryChatMemoryStore store = new InMemoryChatMemoryStore();
    private final List<Object> removed = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    private final SessionMemories memories = new SessionMemories(removed::addAll, store,
            TestModelConfig.memory(Duration.ofMinutes(30), 2), clock);

    @Test
    void theLeastRecentlyUsedSessionIsDroppedBeyondTheLimit() {
        memories.open("a");
        memories.open("b");
        memories.open("a");
        memories.open("c");
        assertThat(removed).containsExactly("b");
        assertThat(memories.size()).isEqualTo(2);
    }

    @Test
    void expiredSessionsAreDropped() {
        memories.open("a");
        clock.advance(Duration.ofMinutes(20));
        memories.open("b");
        clock.advance(Duration.ofMinutes(11));
        memories.open("b");
        assertThat(removed).containsExactly("a");
    }

    @Test
    void aSessionUsedAgainStartsItsTimeToLiveAgain() {
        memories.open("a");
        clock.advance(Duration.ofMinutes(20));
        memories.open("a");
        clock.advance(Duration.ofMinutes(20));
        memories.open("b");
        assertThat(removed).isEmpty();
        assertThat(memories.size()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(31));
        assertThat(memories.size()).isZero();
        assertThat(removed).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aCallWithoutSessionGetsAOneOffMemoryDroppedAfterwards() {
        String id = memories.open(null);
        assertThat(id).startsWith("one-off:");
        memories.close(id);
        memories.close("web-42");
        assertThat(removed).containsExactly(id);
    }

    @Test
    void aRejectedAnswerInMemoryIsReplacedByTheShownOne() {
        store.updateMessages("s", List.of(SystemMessage.from("rules"), UserMessage.from("q1"), AiMessage.from("a1")));
        ChatMessage mark = memories.mark("s");
        store.updateMessages("s", List.of(SystemMessage.from("rules"), UserMessage.from("q1"), AiMessage.from("a1"),
                UserMessage.from("q2 with passages"), AiMessage.from("You have leukemia.")));
        memories.recordFallback("s", mark, "q2", "Pancytopenia is not the same as leukemia.");
        assertThat(store.getMessages("s")).containsExactly(SystemMessage.from("rules"), UserMessage.from("q1"),
                AiMessage.from("a1"), UserMessage.from("q2 with passages"),
                AiMessage.from("Pancytopenia is not the same as leukemia."));
    }

    @Test
    void aFailedCallThatLeftNoTraceAddsTheTurnAsShown() {
        store.updateMessages("s", List.of(SystemMessage.from("rules"), UserMessage.from("q1"), AiMessage.from("a1")));
        ChatMessage mark = memories.mark("s");
        memories.recordFallback("s", mark, "q2", "extractive");
        assertThat(store.getMessages("s")).containsExactly(SystemMessage.from("rules"), UserMessage.from("q1"),
                AiMessage.from("a1"), UserMessage.from("q2"), AiMessage.from("extractive"));
    }

    @Test
    void anEmptyMemoryStaysEmptyAndAnUnfinishedToolCallIsLeftAlone() {
        memories.recordFallback("empty", null, "q", "extractive");
        assertThat(store.getMessages("empty")).isEmpty();
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c1").name("interpretBloodCount")
                .arguments("{}").build();
        List<ChatMessage> pending = List.of(SystemMessage.from("rules"), UserMessage.from("q"),
                AiMessage.from(List.of(call)));
        store.updateMessages("t", pending);
        memories.recordFallback("t", null, "q", "extractive");
        assertThat(store.getMessages("t")).isEqualTo(pending);
        List<ChatMessage> answered = List.of(SystemMessage.from("rules"), UserMessage.from("q"),
                AiMessage.from(List.of(call)), ToolExecutionResultMessage.from(call, "{}"));
        store.updateMessages("t", answered);
        memories.recordFallback("t", null, "q", "extractive");
        assertThat(store.getMessages("t")).isEqualTo(answered);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
