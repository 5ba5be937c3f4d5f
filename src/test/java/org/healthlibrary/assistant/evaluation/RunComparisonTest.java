package org.healthlibrary.assistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.evaluation.RunComparison.Change;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    private static CaseResult result(String name, boolean passed, String outcome, String citation) {
        CaseResult r = new CaseResult();
        r.caseName = name;
        r.passed = passed;
        r.outcome = outcome;
        r.firstCitation = citation;
        r.failures = List.of();
        return r;
    }

    @Test
    void eachCaseIsComparedWithTheSameNameInThePreviousRun() {
        List<CaseResult> before = List.of(
                result("breaks", true, "ANSWERED", "a"),
                result("fixed", false, "NOT_IN_LIBRARY", null),
                result("still", false, "ANSWERED", "b"),
                result("same", true, "ANSWERED", "c"),
                result("moved", true, "ANSWERED", "d#Overview"));
        List<CaseResult> now = List.of(
                result("breaks", false, "NOT_IN_LIBRARY", null),
                result("fixed", true, "ANSWERED", "x"),
                result("still", false, "ANSWERED", "b"),
                result("same", true, "ANSWERED", "c"),
                result("moved", true, "ANSWERED", "d#Causes"),
                result("new", true, "ANSWERED", "e"));
        assertThat(RunComparison.between(before, now)).extracting(RunComparison.CaseChange::change).containsExactly(
                Change.NEWLY_FAILING, Change.FIXED, Change.STILL_FAILING, Change.UNCHANGED, Change.ANSWER_CHANGED, Change.NEW_CASE);
        assertThat(RunComparison.between(before, now).get(4).previousCitation()).isEqualTo("d#Overview");
    }

    @Test
    void aFirstRunHasOnlyNewCases() {
        assertThat(RunComparison.between(List.of(), List.of(result("a", true, "ANSWERED", null))))
                .extracting(RunComparison.CaseChange::change).containsExactly(Change.NEW_CASE);
    }
}
