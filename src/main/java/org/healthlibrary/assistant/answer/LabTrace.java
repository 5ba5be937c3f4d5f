package org.healthlibrary.assistant.answer;

import java.util.List;
import org.healthlibrary.assistant.cbc.AnalyteResult;
import org.healthlibrary.assistant.cbc.CbcReport;

/**
 * A lab report as the trace keeps it: each value with the range and source it was judged by,
 * the pattern, the urgency and the rules that fired. Plain values only. Immutable.
 *
 * @param pattern     which lines are low (e.g. {@code PANCYTOPENIA})
 * @param urgency     the highest urgency a rule gave
 * @param ruleSet     the sources and rule set used
 * @param values      one line per value
 * @param reasons     one sentence per rule that fired
 * @param questions   what must be asked before some values can be used
 * @param assumptions choices made where the input left something open
 */
public record LabTrace(String pattern, String urgency, String ruleSet, List<Value> values, List<String> reasons,
                       List<String> questions, List<String> assumptions) {

    public LabTrace {
        values = List.copyOf(values);
        reasons = List.copyOf(reasons);
        questions = List.copyOf(questions);
        assumptions = List.copyOf(assumptions);
    }

    /** The trace of a report, or {@code null} for none. */
    static LabTrace of(CbcReport report) {
        if (report == null) {
            return null;
        }
        return new LabTrace(report.pattern().name(), report.urgency().name(), report.ruleSet(),
                report.analytes().stream().map(Value::of).toList(), report.reasons(), report.questions(),
                report.assumptions());
    }

    /**
     * One classified value.
     *
     * @param analyte the line, e.g. {@code PLT}
     * @param value   the value in {@code unit}
     * @param unit    the normalised unit
     * @param status  LOW, NORMAL or HIGH
     * @param grade   the CTCAE grade when low, else {@code null}
     * @param range   the reference range as text, e.g. {@code 150-400 x10^9/L}
     * @param source  where the range comes from
     */
    public record Value(String analyte, double value, String unit, String status, Integer grade, String range,
                        String source) {

        static Value of(AnalyteResult r) {
            var range = r.referenceRange();
            String text = range == null ? null
                    : (range.low() == null ? "" : fmt(range.low())) + "-" + (range.high() == null ? "" : fmt(range.high()))
                      + (range.unit() == null ? "" : " " + range.unit());
            return new Value(r.analyte().name(), r.value(), r.unit(), r.status() == null ? null : r.status().name(),
                    r.grade(), text, range == null ? null : range.source());
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}
