package org.healthlibrary.assistant.cbc;

import java.util.List;

/**
 * The interpretation of one set of CBC values: per-analyte results, the pattern, how urgent it
 * is and why, what must be asked before some values can be used, a plain-language summary, and
 * the rules and assumptions used. It never names a disease or a cause. The disclaimer is added
 * by the channel that shows the report. Immutable; equal inputs give equal reports.
 *
 * @param analytes    classified values, in {@link Analyte} order
 * @param pattern     which lines are low
 * @param highFlags   analytes above their range
 * @param urgency     the highest urgency any rule gave
 * @param reasons     one plain sentence per rule that fired, most urgent first
 * @param questions   what to ask the patient (mistyped, ambiguous or incomplete values)
 * @param summary     a short plain-language summary (6th-8th grade)
 * @param ruleSet     the sources and rule set used
 * @param assumptions choices made where the input left something open
 */
public record CbcReport(List<AnalyteResult> analytes, CbcPattern pattern, List<Analyte> highFlags, Urgency urgency,
                        List<String> reasons, List<String> questions, String summary, String ruleSet,
                        List<String> assumptions) {

    public CbcReport {
        analytes = List.copyOf(analytes);
        highFlags = List.copyOf(highFlags);
        reasons = List.copyOf(reasons);
        questions = List.copyOf(questions);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * True when these values make a fever an emergency ({@link FeverThresholds#lowWhiteCells}):
     * ANC below 1.0 x10^9/L, or WBC below 1.0 x10^9/L when no ANC was given or worked out.
     */
    public boolean lowWhiteCellsForFever() {
        return FeverThresholds.lowWhiteCells(value(Analyte.ANC), value(Analyte.WBC));
    }

    private Double value(Analyte a) {
        return analytes.stream().filter(r -> r.analyte() == a).map(AnalyteResult::value).findFirst().orElse(null);
    }
}
