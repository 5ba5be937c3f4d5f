package org.healthlibrary.assistant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthlibrary.assistant.answer.Outcome;

/**
 * The answer benchmark's counts for one question set and split. A question the library answers
 * ends in one of: answered with an acceptable first citation, answered from another passage
 * (of which: the right article, another section), refused (NOT_IN_LIBRARY, OUT_OF_SCOPE or a
 * clarifying question), or routed to emergency guidance by the safety screen. A question it
 * does not answer is refused (correctly) or answered (wrongly), or routed to emergency guidance.
 * Lab-value and emergency messages are counted apart. Not thread-safe.
 */
final class AnswerTally {

    final String set;
    final String split;
    int answerable;
    int correct;
    int wrongPassage;
    int sameArticleOtherSection;
    int refused;
    int answerableToEmergency;
    int unanswerable;
    int correctRefusals;
    int exactRefusals;
    int wrongAnswers;
    int unanswerableToEmergency;
    int labs;
    int labsRouted;
    int emergencies;
    int emergenciesRouted;
    final List<Long> nanos = new ArrayList<>();

    AnswerTally(String set, String split) {
        this.set = set;
        this.split = split;
    }

    /**
     * Counts one answer.
     *
     * @param expected     the labelled outcome
     * @param got          the pipeline's outcome
     * @param citationOk   the first citation is an acceptable one
     * @param articleOk    the first citation's article is an acceptable one
     * @param elapsedNanos the pipeline's wall time for the message
     */
    void add(Outcome expected, Outcome got, boolean citationOk, boolean articleOk, long elapsedNanos) {
        nanos.add(elapsedNanos);
        boolean answered = got == Outcome.ANSWERED || got == Outcome.LAB_RESULT;
        switch (expected) {
            case ANSWERED -> {
                answerable++;
                if (got == Outcome.EMERGENCY) {
                    answerableToEmergency++;
                } else if (!answered) {
                    refused++;
                } else if (citationOk) {
                    correct++;
                } else {
                    wrongPassage++;
                    if (articleOk) {
                        sameArticleOtherSection++;
                    }
                }
            }
            case NOT_IN_LIBRARY, OUT_OF_SCOPE -> {
                unanswerable++;
                if (got == Outcome.EMERGENCY) {
                    unanswerableToEmergency++;
                } else if (answered) {
                    wrongAnswers++;
                } else {
                    correctRefusals++;
                    if (got == expected) {
                        exactRefusals++;
                    }
                }
            }
            case LAB_RESULT -> {
                labs++;
                if (got == Outcome.LAB_RESULT && articleOk || got == Outcome.NEEDS_CLARIFICATION
                        || got == Outcome.EMERGENCY) {
                    labsRouted++;
                }
            }
            case EMERGENCY -> {
                emergencies++;
                if (got == Outcome.EMERGENCY) {
                    emergenciesRouted++;
                }
            }
            default -> throw new IllegalArgumentException("No label outcome " + expected);
        }
    }

    static String header() {
        return "| set | split | answerable | first citation right | wrong passage (same article) | refused although answerable"
                + " | to emergency | unanswerable | correct refusals (exact outcome) | wrong answers | to emergency"
                + " | ANSWERED precision / recall | labs routed | emergencies routed | p50 ms | p95 ms |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }

    String row() {
        int answered = correct + wrongPassage + wrongAnswers;
        return String.format(Locale.ROOT,
                "| %s | %s | %d | %s | %s (%d) | %s | %d | %d | %s (%d) | %s | %d | %s / %s | %d/%d | %d/%d | %.1f | %.1f |",
                set, split, answerable, pct(correct, answerable), pct(wrongPassage, answerable), sameArticleOtherSection,
                pct(refused, answerable), answerableToEmergency, unanswerable, pct(correctRefusals, unanswerable),
                exactRefusals, pct(wrongAnswers, unanswerable), unanswerableToEmergency, pct(correct, answered),
                pct(correct, answerable), labsRouted, labs, emergenciesRouted, emergencies, percentile(0.5),
                percentile(0.95));
    }

    private static String pct(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%d (%.1f%%)", n, 100.0 * n / of);
    }

    private double percentile(double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
