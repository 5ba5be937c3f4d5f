package org.healthlibrary.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private final InMemoryFeedbackStore store = new InMemoryFeedbackStore(10);
    private final FeedbackService service = new FeedbackService(store, Set.of("trace-1", "trace-2")::contains,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aThumbUpOnAKnownAnswerIsRecordedWithoutAReason() {
        Feedback f = service.record("trace-1", "up", null);
        assertThat(f).isEqualTo(new Feedback("trace-1", Rating.UP, null, NOW));
        assertThat(store.find("trace-1")).contains(f);
    }

    @Test
    void aThumbDownKeepsItsReasonAndReplacesTheEarlierVerdict() {
        service.record("trace-1", "up", null);
        service.record("trace-1", "down", "wrong_or_outdated");
        assertThat(store.find("trace-1")).contains(new Feedback("trace-1", Rating.DOWN, Reason.WRONG_OR_OUTDATED, NOW));
        assertThat(store.recent(10)).hasSize(1);
    }

    @Test
    void everyReasonChipHasItsWireValue() {
        assertThat(java.util.Arrays.stream(Reason.values()).map(Reason::wire))
                .containsExactly("didnt_answer", "hard_to_understand", "wrong_or_outdated", "other");
        assertThat(java.util.Arrays.stream(Rating.values()).map(Rating::wire)).containsExactly("up", "down");
    }

    @Test
    void anUnknownTraceIsRejectedAsUnknown() {
        assertThatThrownBy(() -> service.record("trace-9", "up", null))
                .isInstanceOfSatisfying(InvalidFeedbackException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InvalidFeedbackException.Kind.UNKNOWN_TRACE);
                    assertThat(e.error()).isEqualTo("unknown_trace");
                });
        assertThat(store.recent(10)).isEmpty();
    }

    @Test
    void wrongValuesAreRejectedWithTheAllowedOnesNamed() {
        assertRejected(null, "up", null, "missing_trace_id");
        assertRejected("trace 1!", "up", null, "invalid_trace_id");
        assertRejected("trace-1", null, null, "missing_rating");
        assertRejected("trace-1", "UP", null, "invalid_rating");
        assertRejected("trace-1", "down", "rude", "invalid_reason");
        assertThatThrownBy(() -> service.record("trace-1", "meh", null))
                .hasMessage("The field 'rating' must be 'up' or 'down'.");
        assertThatThrownBy(() -> service.record("trace-1", "down", "x"))
                .hasMessage("The field 'reason' must be one of 'didnt_answer', 'hard_to_understand', "
                        + "'wrong_or_outdated', 'other', or left out.");
    }

    private void assertRejected(String trace, String rating, String reason, String error) {
        assertThatThrownBy(() -> service.record(trace, rating, reason))
                .isInstanceOfSatisfying(InvalidFeedbackException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InvalidFeedbackException.Kind.INVALID_VALUE);
                    assertThat(e.error()).isEqualTo(error);
                });
    }

    @Test
    void feedbackIsFiledUnderTheAnswersFirstCitation() {
        KnownTraces traces = new KnownTraces() {
            @Override
            public boolean contains(String traceId) {
                return true;
            }

            @Override
            public java.util.Optional<CitedSection> firstCited(String traceId) {
                return java.util.Optional.of(new CitedSection("anemia", "Symptoms"));
            }
        };
        FeedbackService filing = new FeedbackService(store, traces, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(filing.record("trace-3", "down", "other"))
                .isEqualTo(new Feedback("trace-3", Rating.DOWN, Reason.OTHER, NOW, "anemia", "Symptoms", null));
    }
}
