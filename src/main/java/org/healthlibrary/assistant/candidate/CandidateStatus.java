package org.healthlibrary.assistant.candidate;

import java.time.Instant;
import java.util.List;

/**
 * Where the candidate library is, for the console. Immutable.
 *
 * @param state         where it is
 * @param message       what is happening or went wrong, for staff (no paths, no exception text)
 * @param contentHash   the candidate's content hash, or null before it was loaded
 * @param articles      the candidate's articles (0 before it was loaded)
 * @param edits         how it differs from the live library, one line per article ("changed: anemia")
 * @param updatedAt     when the candidate last changed state
 * @param updatedBy     who made the change being checked or published
 * @param comparison    the side-by-side check, or null until it has run
 * @param refusals      why publishing needs an admin's written reason (empty: it may be published)
 * @param lastPublished the latest candidate published from this replica, or null
 */
public record CandidateStatus(State state, String message, String contentHash, int articles, List<String> edits,
                              Instant updatedAt, String updatedBy, Comparison comparison,
                              List<PublishGuard.Refusal> refusals, Published lastPublished) {

    /** Where a candidate is. */
    public enum State {
        /** No candidate: the next edit or import starts one from the live library. */
        NONE,
        /** Its index is being built (in the background, in its own folder). */
        BUILDING,
        /** Every suite is running on the live and the candidate library. */
        CHECKING,
        /** Checked: the comparison is ready and an admin may publish. */
        READY,
        /** Building or checking failed; edit again or check again. */
        FAILED,
        /** Written to the knowledge folder; the reindex that swaps it in is running. */
        PUBLISHING
    }

    /**
     * A published candidate.
     *
     * @param contentHash the library version published
     * @param by          the admin
     * @param at          when
     * @param override    the written reason that overrode a refusal, or null
     */
    public record Published(String contentHash, String by, Instant at, String override) {
    }

    static CandidateStatus none(Published last) {
        return new CandidateStatus(State.NONE, "No unpublished changes.", null, 0, List.of(), CandidateLibrary.now(), null, null,
                List.of(), last);
    }

    CandidateStatus with(State next, String why) {
        return new CandidateStatus(next, why, contentHash, articles, edits, CandidateLibrary.now(), updatedBy, comparison, refusals,
                lastPublished);
    }

    /** True when the candidate is checked and an admin may publish it. */
    public boolean publishable() {
        return state == State.READY;
    }

    /** True when there is a candidate that editors may check again or discard. */
    public boolean open() {
        return state != State.NONE && state != State.PUBLISHING;
    }

    /** The state in words, for the console. */
    public String stateLabel() {
        return switch (state) {
            case NONE -> "no candidate";
            case BUILDING -> "indexing";
            case CHECKING -> "checking";
            case READY -> "checked";
            case FAILED -> "failed";
            case PUBLISHING -> "publishing";
        };
    }

    /** True while the candidate is being built or checked. */
    public boolean working() {
        return state == State.BUILDING || state == State.CHECKING || state == State.PUBLISHING;
    }
}
