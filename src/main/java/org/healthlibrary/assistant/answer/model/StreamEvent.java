package org.healthlibrary.assistant.answer.model;

import org.healthlibrary.assistant.answer.AnswerResult;

/**
 * One step of a streamed answer, in order: any number of {@link Delta}s, at most one
 * {@link Reset} (followed by the extractive answer as one delta), then exactly one {@link Done}
 * whose result is authoritative.
 */
public sealed interface StreamEvent {

    /** More answer text to show after what was shown so far. */
    record Delta(String text) implements StreamEvent {
    }

    /**
     * Discard every delta shown so far: the model's answer failed after part of it was shown
     * (a later sentence failed a guardrail, or the model stopped). The extractive answer follows.
     *
     * @param reason the fallback reason, e.g. {@code timeout} or {@code guardrail-topic}
     */
    record Reset(String reason) implements StreamEvent {
    }

    /** The complete answer, its citations and outcome: what the patient should finally see. */
    record Done(AnswerResult result) implements StreamEvent {
    }
}
