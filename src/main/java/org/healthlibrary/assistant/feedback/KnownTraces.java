package org.healthlibrary.assistant.feedback;

import java.util.Optional;

/**
 * Tells whether an answer with a given trace id was given (and is still known), so that
 * feedback can only be recorded for real answers, and what it cited first, so that feedback is
 * filed by article and section. The entry point adapts the answer pipeline's trace store to it;
 * feedback depends on nothing else. Implementations are thread-safe.
 */
@FunctionalInterface
public interface KnownTraces {

    /** True when an answer with this trace id is known. */
    boolean contains(String traceId);

    /** The article and section the answer cited first, when it is known and cited one. */
    default Optional<CitedSection> firstCited(String traceId) {
        return Optional.empty();
    }
}
