package org.healthlibrary.assistant.answer.model.guard;

import java.util.List;
import java.util.Optional;

/**
 * The guardrails every model answer passes, in order: diagnosis, dose, numbers, topic. The
 * first failure decides; the answer is then replaced by the extractive one. Immutable and
 * thread-safe.
 */
public final class Guardrails {

    private final List<AnswerGuardrail> rules;

    public Guardrails(List<AnswerGuardrail> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The four shipped rules. */
    public static Guardrails standard() {
        return new Guardrails(List.of(new DiagnosisGuardrail(), new DoseGuardrail(), new NumbersGuardrail(),
                new TopicGuardrail()));
    }

    /** The first rule a complete answer fails, or empty when it passes them all. */
    public Optional<AnswerGuardrail> firstFailure(String answer, Grounding grounding) {
        return rules.stream().filter(r -> !r.passes(answer, grounding)).findFirst();
    }

    /**
     * How the first sentences of a streamed answer stand.
     *
     * @return {@link Partial#PASS} when they may be shown now, {@link Partial#WAIT} when only a
     *         rule that more text may satisfy fails, or the failing rule for a final failure
     */
    public Partial checkPartial(String text, Grounding grounding) {
        boolean wait = false;
        for (AnswerGuardrail rule : rules) {
            if (!rule.passes(text, grounding)) {
                if (rule.finalOnPartialText()) {
                    return new Partial(Optional.of(rule), false);
                }
                wait = true;
            }
        }
        return wait ? Partial.WAIT : Partial.PASS;
    }

    /**
     * A check of partial text.
     *
     * @param failed the rule that failed finally, if any
     * @param pending true when the text may not be shown yet but more text may pass
     */
    public record Partial(Optional<AnswerGuardrail> failed, boolean pending) {

        /** The text may be shown. */
        public static final Partial PASS = new Partial(Optional.empty(), false);
        /** Not yet: wait for more text. */
        public static final Partial WAIT = new Partial(Optional.empty(), true);

        /** True when the text may be shown now. */
        public boolean release() {
            return failed.isEmpty() && !pending;
        }
    }
}
