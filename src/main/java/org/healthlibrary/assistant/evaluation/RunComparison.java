package org.healthlibrary.assistant.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between a run and the one before it, case by case (matched by name): what
 * started failing, what was fixed, and where the outcome or the first citation changed. Stateless.
 */
public final class RunComparison {

    /** How a case's result changed from the previous run. */
    public enum Change { NEW_CASE, NEWLY_FAILING, FIXED, STILL_FAILING, UNCHANGED, ANSWER_CHANGED }

    /**
     * One case's change.
     *
     * @param caseName        the case
     * @param change          the kind of change
     * @param previousOutcome the outcome in the previous run, or null
     * @param previousCitation the first citation in the previous run, or null
     */
    public record CaseChange(String caseName, Change change, String previousOutcome, String previousCitation) {
    }

    private RunComparison() {
    }

    /** Compares {@code current} with {@code previous} (empty when there was no earlier run). */
    public static List<CaseChange> between(List<CaseResult> previous, List<CaseResult> current) {
        Map<String, CaseResult> before = new HashMap<>();
        previous.forEach(r -> before.put(r.caseName, r));
        List<CaseChange> changes = new ArrayList<>();
        for (CaseResult now : current) {
            CaseResult then = before.get(now.caseName);
            if (then == null) {
                changes.add(new CaseChange(now.caseName, Change.NEW_CASE, null, null));
                continue;
            }
            Change change;
            if (then.passed && !now.passed) {
                change = Change.NEWLY_FAILING;
            } else if (!then.passed && now.passed) {
                change = Change.FIXED;
            } else if (!now.passed) {
                change = Change.STILL_FAILING;
            } else if (!Objects.equals(then.outcome, now.outcome) || !Objects.equals(then.firstCitation, now.firstCitation)) {
                change = Change.ANSWER_CHANGED;
            } else {
                change = Change.UNCHANGED;
            }
            changes.add(new CaseChange(now.caseName, change, then.outcome, then.firstCitation));
        }
        return changes;
    }
}
