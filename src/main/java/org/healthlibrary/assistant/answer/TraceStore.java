package org.healthlibrary.assistant.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Keeps the most recent answer traces in memory, by trace id, for the widget's feedback
 * endpoint and the staff console (nothing is written to disk or logs). It is one observer of
 * {@link AnswerTraced}; others may be added. Bounded: about {@link #CAPACITY} traces are kept,
 * the least recently used dropped first (a Caffeine cache). Thread-safe.
 */
@ApplicationScoped
public class TraceStore {

    /** How many traces are kept. */
    public static final int CAPACITY = 500;

    private final Cache<String, AnswerTrace> traces = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    /** Keeps a published trace. */
    void onTraced(@Observes AnswerTraced event) {
        traces.put(event.trace().id(), event.trace());
    }

    /** The trace with this id, while it is kept. */
    public Optional<AnswerTrace> find(String traceId) {
        return traceId == null ? Optional.empty() : Optional.ofNullable(traces.getIfPresent(traceId));
    }

    /** How many traces are kept now (approximately, as the cache evicts asynchronously). */
    public long size() {
        traces.cleanUp();
        return traces.estimatedSize();
    }
}
