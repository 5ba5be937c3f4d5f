package org.healthlibrary.assistant.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The no-diagnosis rule: a check that finds diagnosing phrasing in any composed or model answer ("you have
 * leukemia", "you are suffering from", "your diagnosis is", "this means you have", "you don't
 * need a doctor"). Patterns are the {@code answer} lines of {@code safety/diagnosis.txt}.
 *
 * <p>Conditional library wording is not diagnosing: a match preceded in its sentence by "if",
 * "when", "whether", "people who", "does not mean" and the like ("Pancytopenia can happen if
 * you have leukemia", "your provider checks whether you have an infection", "low counts do
 * not always mean you have cancer") is ignored.
 *
 * <p>Why: only a provider can diagnose; a guardrail must catch a model that drifts into it.
 * Immutable and thread-safe.
 */
public final class NoDiagnosisPolicy {

    private static final Pattern CONDITIONAL_BEFORE = Pattern.compile(
            "\\b(?:if|when|whether|unless|once|in case|people who|those who|someone who|anyone who|patients who"
            + "|to see if|to find out|to check|to learn|can tell|cannot tell|can't tell|only your|before|until"
            + "|even if|whenever|suppose|assuming|doesn't (?:always |necessarily )?mean|don't (?:always |necessarily )?mean"
            + "|not (?:always |necessarily )?mean|isn't (?:always )?a sign)\\b[^.!?\\n]{0,60}$");

    private final PatternSet answers;

    private NoDiagnosisPolicy(PatternSet answers) {
        this.answers = answers;
    }

    /** The policy with the shipped rules. */
    public static NoDiagnosisPolicy standard() {
        return Holder.STANDARD;
    }

    /** True when {@code answerText} tells a person what they have (or do not have). */
    public boolean diagnosesPerson(String answerText) {
        return diagnosingRule(answerText) != null;
    }

    /** The id of the first diagnosing rule found, or {@code null}; for tests and the trace. */
    String diagnosingRule(String answerText) {
        String text = CanonicalText.normalize(answerText);
        for (PatternSet.Named n : answers.patterns()) {
            if (!n.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = n.pattern().matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 80), m.start());
                if (!CONDITIONAL_BEFORE.matcher(before).find()) {
                    return n.id();
                }
            }
        }
        return null;
    }

    private static final class Holder {
        static final NoDiagnosisPolicy STANDARD = new NoDiagnosisPolicy(
                PatternSet.of(RuleFile.load(DiagnosisRequestDetector.RESOURCE), "answer", DiagnosisRequestDetector.KEYS));
    }
}
