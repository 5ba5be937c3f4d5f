package org.healthlibrary.assistant.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.healthlibrary.assistant.answer.TraceStore;
import org.healthlibrary.assistant.feedback.KnownTraces;

/**
 * Lets feedback check trace ids against the answer pipeline's trace store, so that the feedback
 * package needs nothing from the pipeline. Stateless.
 */
@ApplicationScoped
public class AnswerTraces {

    /** Known traces are the ones the trace store still holds. */
    @Produces
    @ApplicationScoped
    KnownTraces knownTraces(TraceStore store) {
        return id -> store.find(id).isPresent();
    }
}
