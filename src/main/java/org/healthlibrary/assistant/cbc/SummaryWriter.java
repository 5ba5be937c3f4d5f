package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * Writes the plain-language summary of a report: short sentences and everyday words (aimed at
 * a 6th-8th grade reading level), the values grouped as low, high, in range or not judged, the
 * pattern named in lay terms with "it has many possible causes", the CTCAE grades explained as
 * "how far below normal", and what to do. It never names a disease, never says "you have", and
 * never guesses a cause; a unit test scans many summaries for such phrases. Stateless;
 * thread-safe. Every sentence and template comes from {@link CbcMessages}; this class only
 * chooses and orders them.
 */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static String write(List<AnalyteResult> results, CbcPattern pattern, Urgency urgency, boolean hasQuestions,
                        CbcMessages m) {
        List<String> s = new ArrayList<>();
        if (results.isEmpty()) {
            s.add(hasQuestions ? m.summaryAnswerQuestions() : m.summaryNoNumbers());
            if (urgency == Urgency.EMERGENCY) {
                s.add(action(urgency, m));
            }
            return String.join(" ", s);
        }
        group(s, results, Status.LOW, m, m::summaryLow);
        group(s, results, Status.HIGH, m, m::summaryHigh);
        group(s, results, Status.NORMAL, m, m::summaryInRange);
        group(s, results, Status.NOT_JUDGED, m, m::summaryNotJudged);
        String patternText = pattern(pattern, m);
        if (patternText != null) {
            s.add(patternText);
        }
        grades(s, results, m);
        s.add(action(urgency, m));
        if (hasQuestions) {
            s.add(m.summarySeeQuestions());
        }
        s.add(m.summaryCareTeam());
        return String.join(" ", s);
    }

    private static void group(List<String> s, List<AnalyteResult> results, Status status, CbcMessages m,
                              UnaryOperator<String> sentence) {
        StringJoiner j = new StringJoiner(", ");
        for (AnalyteResult r : results) {
            if (r.status() == status) {
                j.add(value(r, m));
            }
        }
        if (j.length() > 0) {
            s.add(sentence.apply(j.toString()));
        }
    }

    private static String value(AnalyteResult r, CbcMessages m) {
        String name = r.analyte().layName();
        String value = DisplayNumbers.withUnit(r.value(), r.unit());
        ReferenceRange range = r.referenceRange();
        if (range.low() != null && range.high() != null) {
            return m.valueInRange(name, value, DisplayNumbers.format(range.low()), DisplayNumbers.format(range.high()));
        }
        if (range.low() != null) {
            return m.valueAtLeast(name, value, DisplayNumbers.format(range.low()));
        }
        return m.valueAlone(name, value);
    }

    private static String pattern(CbcPattern p, CbcMessages m) {
        return switch (p) {
            case NONE -> null;
            case ANEMIA -> m.patternAnemia();
            case LEUKOPENIA -> m.patternLeukopenia();
            case NEUTROPENIA -> m.patternNeutropenia();
            case THROMBOCYTOPENIA -> m.patternThrombocytopenia();
            case LYMPHOPENIA -> m.patternLymphopenia();
            case BICYTOPENIA -> m.patternBicytopenia();
            case PANCYTOPENIA -> m.patternPancytopenia();
        };
    }

    private static void grades(List<String> s, List<AnalyteResult> results, CbcMessages m) {
        StringJoiner j = new StringJoiner(", ");
        for (AnalyteResult r : results) {
            if (r.grade() != null) {
                j.add(m.gradeOf(r.analyte().layName(), String.valueOf(r.grade())));
            }
        }
        if (j.length() > 0) {
            s.add(m.summaryGrades(CtcaeGrader.VERSION, j.toString()));
        }
    }

    private static String action(Urgency u, CbcMessages m) {
        return switch (u) {
            case EMERGENCY -> m.actionEmergency();
            case URGENT -> m.actionUrgent();
            case SOON -> m.actionSoon();
            case ROUTINE -> m.actionRoutine();
        };
    }
}
