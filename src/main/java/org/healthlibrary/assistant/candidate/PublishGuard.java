package org.healthlibrary.assistant.candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a checked candidate may not be published without an admin's written reason: a must-pass
 * case fails on it, or it would drop more than {@code assistant.index.max-shrink} of the live
 * library's articles (the reindex shrink guard, applied before anything is written). Stateless.
 */
public final class PublishGuard {

    /**
     * One reason to refuse.
     *
     * @param code    stable code: {@code must_pass_failing} or {@code library_shrinks}
     * @param message what is wrong, for the admin
     */
    public record Refusal(String code, String message) {
    }

    private PublishGuard() {
    }

    /** Every refusal for publishing {@code comparison}'s candidate ({@code candidateArticles} articles over {@code liveArticles}). */
    public static List<Refusal> refusals(Comparison comparison, int liveArticles, int candidateArticles, double maxShrink) {
        List<Refusal> out = new ArrayList<>();
        if (!comparison.mustPassFailing().isEmpty()) {
            out.add(new Refusal("must_pass_failing", comparison.mustPassFailing().size()
                    + " must-pass case(s) fail on the candidate: " + String.join("; ", comparison.mustPassFailing().stream().limit(5).toList())
                    + (comparison.mustPassFailing().size() > 5 ? "; ..." : "") + "."));
        }
        if (shrinksTooMuch(liveArticles, candidateArticles, maxShrink)) {
            out.add(new Refusal("library_shrinks", "The candidate has " + candidateArticles + " articles and the live library "
                    + liveArticles + ": publishing may remove at most " + Math.round(maxShrink * 100)
                    + "% of the articles (assistant.index.max-shrink)."));
        }
        return out;
    }

    /** The reindex guard's rule: fewer than {@code (1 - maxShrink)} of the live articles would remain. */
    static boolean shrinksTooMuch(int liveArticles, int candidateArticles, double maxShrink) {
        return liveArticles > 0 && candidateArticles < liveArticles * (1 - maxShrink);
    }
}
