package org.healthlibrary.assistant.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.healthlibrary.assistant.feedback.CitedSection;
import org.healthlibrary.assistant.feedback.KnownTraces;
import org.healthlibrary.assistant.review.Traces;

/**
 * Lets feedback check trace ids against the answer traces (this process's recent ones, then the
 * database's retained ones, so feedback may reach any replica) and learn what the answer cited
 * first, so that the feedback package needs nothing from the pipeline. Stateless.
 */
@ApplicationScoped
public class AnswerTraces {

    /** Known traces are the ones still kept here or in the database. */
    @Produces
    @ApplicationScoped
    KnownTraces knownTraces(Traces traces) {
        return new KnownTraces() {
            @Override
            public boolean contains(String traceId) {
                return traces.find(traceId).isPresent();
            }

            @Override
            public Optional<CitedSection> firstCited(String traceId) {
                return traces.find(traceId).flatMap(t -> t.firstCitation())
                        .map(c -> new CitedSection(c.articleId(), c.section()));
            }
        };
    }
}
