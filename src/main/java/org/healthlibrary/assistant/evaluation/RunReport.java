package org.healthlibrary.assistant.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A finished run as the console shows it: its figures, each case's result, and the change from the run before.
 *
 * @param runId       the run
 * @param suiteId     the suite run
 * @param suiteName   the suite's name at the time of reading
 * @param startedAt   when it started
 * @param startedBy   who started it
 * @param libraryHash the content hash of the library answered from
 * @param passed      cases passed
 * @param failed      cases failed
 * @param mustPassFailed must-pass cases that failed
 * @param results     each case's result, in case order
 * @param changes     each case's change from the previous run (all NEW_CASE when there was none)
 */
public record RunReport(long runId, long suiteId, String suiteName, Instant startedAt, String startedBy, String libraryHash,
                        int passed, int failed, int mustPassFailed, List<Row> results,
                        List<RunComparison.CaseChange> changes) {

    /**
     * One case's result.
     *
     * @param caseName      the case
     * @param passed        whether it passed
     * @param mustPass      whether it must pass
     * @param outcome       the answer's outcome
     * @param firstCitation the answer's first citation ({@code article#section}), or null
     * @param failures      why it failed (empty when it passed)
     * @param change        how it changed from the previous run
     */
    public record Row(String caseName, boolean passed, boolean mustPass, String outcome, String firstCitation,
                      List<String> failures, RunComparison.Change change) {
    }
}
