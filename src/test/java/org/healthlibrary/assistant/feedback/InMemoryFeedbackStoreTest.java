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

    @Test
    void recordsAreCountedBySectionMostThumbsDownFirstAndMarkedReviewed() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore(10);
        store.save(new Feedback("a", Rating.UP, null, Instant.EPOCH, "anemia", "Symptoms", null));
        store.save(new Feedback("b", Rating.DOWN, Reason.OTHER, Instant.EPOCH, "anemia", "Causes", null));
        store.save(new Feedback("c", Rating.DOWN, null, Instant.EPOCH, null, null, null));
        store.save(new Feedback("d", Rating.DOWN, null, Instant.EPOCH, "anemia", "Causes", null));
        assertThat(store.markReviewed("d", "editor", Instant.EPOCH)).isTrue();
        assertThat(store.markReviewed("zz", "editor", Instant.EPOCH)).isFalse();
        assertThat(store.bySection()).containsExactly(new SectionCount("anemia", "Causes", 0, 2, 1),
                new SectionCount(null, null, 0, 1, 1), new SectionCount("anemia", "Symptoms", 1, 0, 1));
        assertThat(store.find("d").orElseThrow().review()).isEqualTo(new Feedback.Review("editor", Instant.EPOCH));
    }
}
