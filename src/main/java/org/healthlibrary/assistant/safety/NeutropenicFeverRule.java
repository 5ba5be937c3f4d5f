package org.healthlibrary.assistant.safety;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The one combined red flag: a fever that is present now, together with low white cells or
 * chemotherapy (CLINICAL-REFERENCE.md sections 3 and 5). The fever comes from words ("fever",
 * "burning up", "chills") or from a measured temperature that {@code cbc} judged a fever
 * ({@link ClinicalContext#measuredFever()}); the context comes from the caller's
 * {@link ClinicalContext} (low counts that {@code cbc} judged, chemotherapy) or from the
 * message's words ("I'm on chemo", "neutropenic", "my white count is very low"). This class
 * reads no number and holds no threshold: it decides from the facts {@code cbc} computed.
 *
 * <p>A fever word must be affirmed (not negated, past, hypothetical or a general question).
 * Context words only have to be not negated and not years in the past: chemotherapy lowers
 * counts for weeks after a dose, so "I had chemo last week" still counts. Chills and rigors
 * count as fever because chemotherapy units tell patients to call for shaking chills too.
 *
 * <p>Immutable and thread-safe.
 */
final class NeutropenicFeverRule {

    private final List<RedFlagRule> feverRules;
    private final List<RedFlagRule> contextRules;

    NeutropenicFeverRule(List<RedFlagRule> feverRules, List<RedFlagRule> contextRules) {
        this.feverRules = List.copyOf(feverRules);
        this.contextRules = List.copyOf(contextRules);
    }

    /** The rule id of the emergency, or {@code null} when this message is not neutropenic fever. */
    String check(MentionAnalysis analysis, ClinicalContext context) {
        String fever = presentFever(analysis, context);
        if (fever == null) {
            return null;
        }
        if (context.lowWhiteCellsKnown()) {
            return fever + "+known-low-white-cells";
        }
        if (context.onChemotherapy()) {
            return fever + "+known-chemotherapy";
        }
        String textContext = contextInText(analysis);
        return textContext == null ? null : fever + "+" + textContext;
    }

    private String presentFever(MentionAnalysis a, ClinicalContext context) {
        String text = a.text();
        for (RedFlagRule rule : feverRules) {
            if (!rule.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            for (int from = 0; rule.gate().find(m, text, from); from = LiteralGate.after(m)) {
                if (a.status(m.start(), m.end()) == MentionAnalysis.Status.AFFIRMED) {
                    return rule.id();
                }
            }
        }
        // A temperature read from an episode that is over ("fever of 101 two weeks ago, admitted, doing great") is no fever now.
        return context.measuredFever() && !a.resolvedEpisode() ? "temperature" : null;
    }

    private String contextInText(MentionAnalysis a) {
        String text = a.text();
        for (RedFlagRule rule : contextRules) {
            if (!rule.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            for (int from = 0; rule.gate().find(m, text, from); from = LiteralGate.after(m)) {
                if (!a.negated(m.start(), m.end()) && !a.longPast(m.start(), m.end())) {
                    return rule.id();
                }
            }
        }
        return null;
    }
}
