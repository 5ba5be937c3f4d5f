package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@link Caution}s a message calls for, with the {@code crisis-line},
 * {@code poison-help}, {@code bleeding-risk}, {@code treatment-change} and {@code worry} lines of
 * {@code safety/cautions.txt}: "if someone ever had thoughts of suicide, what number would we
 * call?", "how much tylenol is an overdose?", "can I take aspirin with platelets of 30?",
 * "should I skip my next chemo since my white count is low?", "are these a sign of something bad?".
 *
 * <p>Why: these questions were half-answered (issue 16): the lab report, the overview or a
 * not-in-library reply came without the one sentence that mattered most (a question asking for
 * the crisis line got no 988). Immutable and thread-safe.
 */
public final class Cautions {

    private static final String RESOURCE = "/safety/cautions.txt";
    private static final Set<String> KEYS = Set.of("crisis-line", "poison-help", "bleeding-risk", "treatment-change", "worry");

    private final PatternSet crisis;
    private final PatternSet poison;
    private final PatternSet bleeding;
    private final PatternSet treatment;
    private final PatternSet worry;

    private Cautions(RuleFile rules) {
        this.crisis = PatternSet.of(rules, "crisis-line", KEYS);
        this.poison = PatternSet.of(rules, "poison-help", KEYS);
        this.bleeding = PatternSet.of(rules, "bleeding-risk", KEYS);
        this.treatment = PatternSet.of(rules, "treatment-change", KEYS);
        this.worry = PatternSet.of(rules, "worry", KEYS);
    }

    /** The cautions with the shipped rules. */
    public static Cautions standard() {
        return Holder.STANDARD;
    }

    /** The cautions for {@code message}, in {@link Caution} order; empty when none applies. */
    public List<Caution> find(String message) {
        return findNormalized(CanonicalText.normalize(message));
    }

    /** Same as {@link #find} for text already normalised by {@link CanonicalText}. */
    List<Caution> findNormalized(String normalized) {
        List<Caution> out = new ArrayList<>();
        if (crisis.firstMatch(normalized) != null) {
            out.add(Caution.CRISIS_LINE);
        }
        if (poison.firstMatch(normalized) != null) {
            out.add(Caution.POISON_HELP);
        }
        if (bleeding.firstMatch(normalized) != null) {
            out.add(Caution.BLEEDING_RISK);
        }
        if (treatment.firstMatch(normalized) != null) {
            out.add(Caution.TREATMENT_CHANGE);
        }
        if (worry.firstMatch(normalized) != null) {
            out.add(Caution.WORRY);
        }
        return List.copyOf(out);
    }

    private static final class Holder {
        static final Cautions STANDARD = new Cautions(RuleFile.load(RESOURCE));
    }
}
