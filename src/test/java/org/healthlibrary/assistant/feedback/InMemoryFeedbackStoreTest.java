package org.healthlibrary.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryFeedbackStoreTest {

    private static Feedback up(String trace) {
        return new Feedback(trace, Rating.UP, null, Instant.EPOCH);
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheOldestFirst() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore(2);
        store.save(up("a"));
        store.save(up("b"));
        store.save(up("c"));
        assertThat(store.find("a")).isEmpty();
        assertThat(store.recent(10)).extracting(Feedback::traceId).containsExactly("c", "b");
    }

    @Test
    void aNewVerdictOnTheSameAnswerReplacesTheOldAndCountsAsNewest() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore(2);
        store.save(up("a"));
        store.save(up("b"));
        store.save(new Feedback("a", Rating.DOWN, Reason.OTHER, Instant.EPOCH));
        store.save(up("c"));
        assertThat(store.recent(10)).extracting(Feedback::traceId).containsExactly("c", "a");
        assertThat(store.find("a").map(Feedback::rating)).contains(Rating.DOWN);
        assertThat(store.recent(1)).extracting(Feedback::traceId).containsExactly("c");
    }

    @Test
    void aCapacityBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new InMemoryFeedbackStore(0))
                .hasMessage("assistant.feedback.capacity must be at least 1, was 0");
    }
}
