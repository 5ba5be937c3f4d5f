package org.healthlibrary.assistant.answer.model.guard;

import org.healthlibrary.assistant.safety.NoDiagnosisPolicy;

/**
 * Rejects an answer that tells the person what they have or do not have ("you have leukemia",
 * "this means you have", "you don't need a doctor"), using the same rules as the pipeline's
 * {@link NoDiagnosisPolicy}; conditional library wording ("if you have...") passes.
 */
public final class DiagnosisGuardrail implements AnswerGuardrail {

    private final NoDiagnosisPolicy policy = NoDiagnosisPolicy.standard();

    @Override
    public String name() {
        return "diagnosis";
    }

    @Override
    public boolean passes(String answer, Grounding grounding) {
        return !policy.diagnosesPerson(answer);
    }
}
