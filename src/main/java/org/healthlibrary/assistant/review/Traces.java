package org.healthlibrary.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.TraceStore;

/**
 * Finds an answer trace by id: this process's recent traces first, then the ones retained in the
 * database (any replica's, while retained). Thread-safe.
 */
@ApplicationScoped
public class Traces {

    private final TraceStore recent;
    private final RetainedTraces retained;

    public Traces(TraceStore recent, RetainedTraces retained) {
        this.recent = recent;
        this.retained = retained;
    }

    /** The trace with this id, if this process or the database still has it. */
    public Optional<AnswerTrace> find(String traceId) {
        Optional<AnswerTrace> here = recent.find(traceId);
        return here.isPresent() ? here : retained.find(traceId);
    }
}
