package org.healthlibrary.assistant.answer;

import java.util.List;
import org.healthlibrary.assistant.safety.Caution;
import org.healthlibrary.assistant.safety.SafetyVerdict;

/**
 * What the safety screen found in one message, for the trace: plain values (rule ids, flags),
 * no patient text. Immutable.
 *
 * @param redFlagRule      the red-flag rule that fired, or {@code null}
 * @param redFlagCategory  its category, or {@code null}
 * @param injection        the message tried to instruct the assistant
 * @param doseRequest      the message asked for a medicine dose
 * @param diagnosisRequest the message asked what the person has
 * @param premiseRule      the false-premise rule that fired, or {@code null}
 * @param healthRelated    the message is about health
 * @param cautions         the fixed cautions the answer carries
 * @param neighbours       what the meaning-based second opinion saw, or {@code null} when it did not run
 *                         (the rules found an emergency, lab values, or no embedding model)
 */
public record SafetyTrace(String redFlagRule, String redFlagCategory, boolean injection, boolean doseRequest,
                          boolean diagnosisRequest, String premiseRule, boolean healthRelated, List<String> cautions,
                          NeighbourTrace neighbours) {

    public SafetyTrace {
        cautions = List.copyOf(cautions);
    }

    /** A trace without a second opinion. */
    public SafetyTrace(String redFlagRule, String redFlagCategory, boolean injection, boolean doseRequest,
                       boolean diagnosisRequest, String premiseRule, boolean healthRelated, List<String> cautions) {
        this(redFlagRule, redFlagCategory, injection, doseRequest, diagnosisRequest, premiseRule, healthRelated, cautions,
                null);
    }

    /** The trace of a verdict. */
    static SafetyTrace of(SafetyVerdict v, NeighbourTrace neighbours) {
        return new SafetyTrace(v.emergency() ? v.redFlag().ruleId() : null,
                v.emergency() && v.redFlag().category() != null ? v.redFlag().category().name() : null,
                v.injection(), v.doseRequest(), v.diagnosisRequest(),
                v.premiseCorrection().map(p -> p.ruleId()).orElse(null), v.healthRelated(),
                v.cautions().stream().map(Caution::name).toList(), neighbours);
    }
}
