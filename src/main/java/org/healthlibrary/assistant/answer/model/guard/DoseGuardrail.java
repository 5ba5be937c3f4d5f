package org.healthlibrary.assistant.answer.model.guard;

import org.healthlibrary.assistant.safety.DoseRequestDetector;

/**
 * Rejects an answer that states a medicine dose ("325 mg", "take two tablets", "twice a day"),
 * using the same rules as the pipeline's {@link DoseRequestDetector}. Lab values such as
 * "12 g/dL" are not doses.
 */
public final class DoseGuardrail implements AnswerGuardrail {

    private final DoseRequestDetector doses = DoseRequestDetector.standard();

    @Override
    public String name() {
        return "dose";
    }

    @Override
    public boolean passes(String answer, Grounding grounding) {
        return !doses.containsDose(answer);
    }
}
