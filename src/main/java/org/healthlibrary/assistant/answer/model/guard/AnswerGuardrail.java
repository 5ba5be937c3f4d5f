package org.healthlibrary.assistant.answer.model.guard;

/**
 * One check a model's answer must pass before a patient sees it. Implementations are
 * deterministic, stateless and thread-safe.
 */
public interface AnswerGuardrail {

    /** Short name, used as the fallback metric's reason ({@code guardrail-<name>}) and in traces. */
    String name();

    /**
     * True when the answer passes.
     *
     * @param answer    the model's answer text (only the model's words, not the pipeline's prefixes)
     * @param grounding what the model was given and the tool reports it received
     */
    boolean passes(String answer, Grounding grounding);

    /**
     * True when failing on the first sentences of an answer is final: more text cannot repair
     * a diagnosis, a dose or an unsupported number, so a stream can stop at once. False when a
     * longer text may pass (the topic share).
     */
    default boolean finalOnPartialText() {
        return true;
    }
}
