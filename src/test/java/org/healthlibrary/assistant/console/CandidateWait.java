package org.healthlibrary.assistant.console;

import java.util.Set;
import java.util.function.Supplier;
import org.healthlibrary.assistant.candidate.CandidateLibrary;
import org.healthlibrary.assistant.candidate.CandidateStatus;

/** Waits for the candidate's background work (indexing, the side-by-side check, publishing) to end. */
final class CandidateWait {

    /** Generous: under a loaded build machine a check of every shipped suite takes tens of seconds. */
    private static final long LIMIT_MILLIS = 600_000;

    private CandidateWait() {
    }

    /** The status once the candidate is in one of {@code states}; fails after the limit. */
    static CandidateStatus until(CandidateLibrary candidate, Set<CandidateStatus.State> states) {
        return until(candidate::status, states);
    }

    static CandidateStatus until(Supplier<CandidateStatus> status, Set<CandidateStatus.State> states) {
        long end = System.currentTimeMillis() + LIMIT_MILLIS;
        while (true) {
            CandidateStatus s = status.get();
            if (states.contains(s.state())) {
                return s;
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("The candidate stayed " + s.state() + " (" + s.message() + ")");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Waits until no candidate work runs, then discards any candidate left by an earlier test. */
    static void clean(CandidateLibrary candidate) {
        CandidateStatus s = until(candidate, Set.of(CandidateStatus.State.NONE, CandidateStatus.State.READY,
                CandidateStatus.State.FAILED));
        if (s.state() != CandidateStatus.State.NONE) {
            candidate.discard("test");
        }
    }
}
