package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trace store keeps published traces by id, bounded. */
class TraceStoreTest {

    private static AnswerTrace trace(String id) {
        return new AnswerTrace(id, Instant.EPOCH, AnswerTrace.Origin.PATIENT, "What is anemia?", Outcome.ANSWERED, "rule",
                "OTHER", List.of(), Map.of(), List.of(), null, null, List.of(), Map.of(), "None notices=[] citations=0",
                "An answer.", WordingTrace.extractive());
    }

    @Test
    void findsAPublishedTraceById() {
        TraceStore store = new TraceStore();
        store.onTraced(new AnswerTraced(trace("a")));
        assertThat(store.find("a")).contains(trace("a"));
        assertThat(store.find("b")).isEmpty();
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void keepsAtMostItsCapacity() {
        TraceStore store = new TraceStore();
        for (int i = 0; i < TraceStore.CAPACITY * 2; i++) {
            store.onTraced(new AnswerTraced(trace("t" + i)));
        }
        assertThat(store.size()).isLessThanOrEqualTo(TraceStore.CAPACITY);
    }
}
