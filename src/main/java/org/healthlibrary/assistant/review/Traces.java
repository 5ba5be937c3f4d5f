package org.healthlibrary.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.TraceStore;

/**
 * Finds an answer trace by id: this process's recent traces first, then the ones retained in the
 * database (any replica's); either only within {@link ReviewConfig#traceRetention()}. Thread-safe.
 */
@ApplicationScoped
public class Traces {

    private final TraceStore recent;
    private final RetainedTraces retained;
    private final ReviewConfig config;

    public Traces(TraceStore recent, RetainedTraces retained, ReviewConfig config) {
        this.recent = recent;
        this.retained = retained;
        this.config = config;
    }

    /** The trace with this id, if this process or the database still has it. */
    public Optional<AnswerTrace> find(String traceId) {
        java.time.Instant cutoff = java.time.Instant.now().minus(config.traceRetention());
        Optional<AnswerTrace> here = recent.find(traceId).filter(t -> t.at().isAfter(cutoff));
        return here.isPresent() ? here : retained.find(traceId);
    }
}
