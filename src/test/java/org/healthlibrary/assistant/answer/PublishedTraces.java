package org.healthlibrary.assistant.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Test observer of {@link AnswerTraced}: the last trace published, to tell whether the pipeline ran. */
@ApplicationScoped
public class PublishedTraces {

    private final AtomicReference<AnswerTrace> last = new AtomicReference<>();

    void onTraced(@Observes AnswerTraced event) {
        last.set(event.trace());
    }

    /** The id of the last trace published, if any. */
    public Optional<String> lastId() {
        return Optional.ofNullable(last.get()).map(AnswerTrace::id);
    }
}
