package org.healthlibrary.assistant.candidate;

import java.util.List;

/**
 * One suite case whose answer differs between the live and the candidate library (or that
 * fails a must-pass check on the candidate), with pass/fail on each side. Immutable.
 *
 * @param suite             the suite's name
 * @param caseName          the case's name
 * @param mustPass          whether the case blocks publishing when it fails
 * @param livePassed        whether it passes on the live library
 * @param candidatePassed   whether it passes on the candidate
 * @param liveOutcome       the outcome on the live library
 * @param candidateOutcome  the outcome on the candidate
 * @param liveCitation      the first citation on the live library ({@code article#section}), or null
 * @param candidateCitation the first citation on the candidate, or null
 * @param answerChanged     whether the answer's text differs
 * @param liveAnswer        the live answer's text (library wording, never patient text)
 * @param candidateAnswer   the candidate answer's text
 * @param candidateFailures why the case fails on the candidate (empty when it passes)
 */
public record CaseDifference(String suite, String caseName, boolean mustPass, boolean livePassed,
                             boolean candidatePassed, String liveOutcome, String candidateOutcome, String liveCitation,
                             String candidateCitation, boolean answerChanged, String liveAnswer, String candidateAnswer,
                             List<String> candidateFailures) {

    /** True when the outcome differs. */
    public boolean outcomeChanged() {
        return !java.util.Objects.equals(liveOutcome, candidateOutcome);
    }

    /** True when the first citation differs. */
    public boolean citationChanged() {
        return !java.util.Objects.equals(liveCitation, candidateCitation);
    }

    /** True when the case fails on the candidate although it must pass. */
    public boolean blocksPublishing() {
        return mustPass && !candidatePassed;
    }

    /** What changed, for a table cell: "outcome, citation, answer text", or "none". */
    public String changes() {
        List<String> what = new java.util.ArrayList<>();
        if (outcomeChanged()) {
            what.add("outcome");
        }
        if (citationChanged()) {
            what.add("first citation");
        }
        if (answerChanged) {
            what.add("answer text");
        }
        if (livePassed != candidatePassed) {
            what.add(candidatePassed ? "now passes" : "now fails");
        }
        return what.isEmpty() ? "none" : String.join(", ", what);
    }
}
