package org.healthlibrary.assistant.safety;

import java.util.Set;

/**
 * Recognises a question about medicine doses ("how many mg of iron should I take", "what dose
 * of prednisone", "how much b12 should I take a day", "can I double my folic acid dose?"),
 * and finds stated doses in an answer text ("325 mg", "take two tablets", "twice a day"). The
 * patterns are the {@code request} and {@code answer} lines of {@code safety/doses.txt}.
 *
 * <p>Why: a dose depends on the person, their other medicines and their results; the
 * assistant never gives one. On a dose request the pipeline answers with {@link SafetyMessages#doseDeclined()} (plus
 * general library information if it likes); {@link #containsDose} is a guardrail for any
 * composed or model answer. Lab values such as "12 g/dL" are not doses.
 *
 * <p>Immutable and thread-safe.
 */
public final class DoseRequestDetector {

    private static final String RESOURCE = "/safety/doses.txt";
    private static final Set<String> KEYS = Set.of("request", "answer");

    private final PatternSet requests;
    private final PatternSet answers;

    private DoseRequestDetector(RuleFile rules) {
        this.requests = PatternSet.of(rules, "request", KEYS);
        this.answers = PatternSet.of(rules, "answer", KEYS);
    }

    /** The detector with the shipped rules. */
    public static DoseRequestDetector standard() {
        return Holder.STANDARD;
    }

    /** True when the message asks how much of a medicine or supplement to take. */
    public boolean isDoseRequest(String message) {
        return matchesNormalized(CanonicalText.normalize(message));
    }

    /** True when an answer text states a dose: an amount with a unit, "take N tablets", "twice a day". */
    public boolean containsDose(String answerText) {
        return answers.firstMatch(CanonicalText.normalize(answerText)) != null;
    }

    /** Same as {@link #isDoseRequest} for text already normalised by {@link CanonicalText}. */
    boolean matchesNormalized(String normalized) {
        return requests.firstMatch(normalized) != null;
    }

    private static final class Holder {
        static final DoseRequestDetector STANDARD = new DoseRequestDetector(RuleFile.load(RESOURCE));
    }
}
