package org.healthlibrary.assistant.feedback;

/**
 * Tells whether an answer with a given trace id was given (and is still known), so that
 * feedback can only be recorded for real answers. The entry point adapts the answer pipeline's
 * trace store to it; feedback depends on nothing else. Implementations are thread-safe.
 */
@FunctionalInterface
public interface KnownTraces {

    /** True when an answer with this trace id is known. */
    boolean contains(String traceId);
}
