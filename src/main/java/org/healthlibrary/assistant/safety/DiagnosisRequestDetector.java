package org.healthlibrary.assistant.safety;

import java.util.Set;

/**
 * Recognises a request to be diagnosed: "do I have leukemia?", "what's wrong with me?",
 * "does this mean I have cancer?", "am I dying?", "is my pancytopenia leukemia?", "diagnose
 * me". A general question about a condition ("is pancytopenia leukemia?", "what is
 * leukemia?") is not one. The patterns are the {@code request} lines of
 * {@code safety/diagnosis.txt}.
 *
 * <p>Why: the assistant must never answer yes or no about a person. On a diagnosis request
 * the pipeline still gives general library information, prefixed with
 * {@link SafetyMessages#noDiagnosis()}. Immutable and thread-safe.
 */
public final class DiagnosisRequestDetector {

    static final String RESOURCE = "/safety/diagnosis.txt";
    static final Set<String> KEYS = Set.of("request", "answer");

    private final PatternSet requests;

    private DiagnosisRequestDetector(PatternSet requests) {
        this.requests = requests;
    }

    /** The detector with the shipped rules. */
    public static DiagnosisRequestDetector standard() {
        return Holder.STANDARD;
    }

    /** True when the message asks what the person (or someone close to them) has. */
    public boolean isDiagnosisRequest(String message) {
        return matchesNormalized(CanonicalText.normalize(message));
    }

    /** Same as {@link #isDiagnosisRequest} for text already normalised by {@link CanonicalText}. */
    boolean matchesNormalized(String normalized) {
        return requests.firstMatch(normalized) != null;
    }

    /** The id of the rule that matched, or {@code null}; for tests and the trace. */
    String ruleFor(String message) {
        return requests.firstMatch(CanonicalText.normalize(message));
    }

    private static final class Holder {
        static final DiagnosisRequestDetector STANDARD =
                new DiagnosisRequestDetector(PatternSet.of(RuleFile.load(RESOURCE), "request", KEYS));
    }
}
