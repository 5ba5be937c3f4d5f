package org.healthlibrary.assistant.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthlibrary.assistant.knowledge.Slugs;

/**
 * Scores one answer against one case: every expectation that does not hold becomes one line of
 * the returned list (empty when the case passes). Stateless and thread-safe.
 */
public final class CaseCheck {

    private CaseCheck() {
    }

    /** Why {@code answer} fails {@code spec}; empty when it passes. */
    public static List<String> failures(CaseSpec spec, ProbeAnswer answer) {
        List<String> failures = new ArrayList<>();
        if (spec.expectedOutcome() != null && !spec.expectedOutcome().equals(answer.outcome())) {
            failures.add("outcome was " + answer.outcome() + ", expected " + spec.expectedOutcome());
        }
        if (!spec.acceptableCitations().isEmpty()
                && spec.acceptableCitations().stream().noneMatch(c -> citationMatches(c, answer))) {
            failures.add("first citation was " + (answer.firstCitation() == null ? "none" : answer.firstCitation())
                    + ", expected one of " + spec.acceptableCitations());
        }
        String text = lower(answer.answer());
        for (String phrase : spec.mustContain()) {
            if (!text.contains(lower(phrase))) {
                failures.add("answer lacks \"" + phrase + "\"");
            }
        }
        for (String phrase : spec.mustNotContain()) {
            if (text.contains(lower(phrase))) {
                failures.add("answer contains \"" + phrase + "\"");
            }
        }
        if (spec.labPattern() != null && !spec.labPattern().equals(answer.labPattern())) {
            failures.add("lab pattern was " + answer.labPattern() + ", expected " + spec.labPattern());
        }
        if (spec.labUrgency() != null && !spec.labUrgency().equals(answer.labUrgency())) {
            failures.add("lab urgency was " + answer.labUrgency() + ", expected " + spec.labUrgency());
        }
        return failures;
    }

    /**
     * {@code article} matches the first citation's article; {@code article#Section} also needs the
     * cited section to start with it (any case), or to be it in passage-id form
     * ({@code article#common-questions/is-it-leukemia}).
     */
    static boolean citationMatches(String acceptable, ProbeAnswer answer) {
        if (answer.citedArticle() == null) {
            return false;
        }
        int hash = acceptable.indexOf('#');
        String article = hash < 0 ? acceptable.strip() : acceptable.substring(0, hash).strip();
        if (!article.equals(answer.citedArticle())) {
            return false;
        }
        if (hash < 0) {
            return true;
        }
        String section = acceptable.substring(hash + 1).strip();
        String slugPath = slugPath(answer.citedSection());
        return lower(answer.citedSection()).startsWith(lower(section))
                || slugPath.equals(section) || slugPath.startsWith(section + "/");
    }

    /** "Common questions > Is it leukemia?" as the passage id writes it: {@code common-questions/is-it-leukemia}. */
    static String slugPath(String section) {
        if (section == null || section.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(section.split(" > ")).map(Slugs::of).collect(java.util.stream.Collectors.joining("/"));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
