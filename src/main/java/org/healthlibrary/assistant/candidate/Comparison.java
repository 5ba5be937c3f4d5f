package org.healthlibrary.assistant.candidate;

import java.time.Instant;
import java.util.List;

/**
 * The side-by-side check of a candidate: every case of every suite answered on the live and the
 * candidate library. Immutable.
 *
 * @param liveHash        content hash of the live library compared
 * @param candidateHash   content hash of the candidate compared
 * @param finishedAt      when the check ended
 * @param suites          suites run
 * @param cases           cases run (on each side)
 * @param livePassed      cases passing on the live library
 * @param candidatePassed cases passing on the candidate
 * @param changed         the cases whose outcome, first citation, answer text or pass/fail changed
 * @param mustPassFailing the must-pass cases failing on the candidate, as "suite: case"
 */
public record Comparison(String liveHash, String candidateHash, Instant finishedAt, int suites, int cases,
                         int livePassed, int candidatePassed, List<CaseDifference> changed,
                         List<String> mustPassFailing) {
}
