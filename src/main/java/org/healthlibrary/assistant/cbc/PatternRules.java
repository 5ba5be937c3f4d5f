package org.healthlibrary.assistant.cbc;

import java.util.Map;

/**
 * Names the pattern of low lines (see {@link CbcPattern}). The red line is hemoglobin, or
 * hematocrit when hemoglobin was not judged, or RBC when neither was; the white line is WBC or
 * ANC; the third line is platelets. Lymphocytes alone do not make a white line low (they give
 * {@link CbcPattern#LYMPHOPENIA} only when nothing else is low). Stateless; thread-safe.
 */
final class PatternRules {

    /** Which of the three lines are low. */
    record Lines(boolean red, boolean white, boolean platelets) {
        int count() {
            return (red ? 1 : 0) + (white ? 1 : 0) + (platelets ? 1 : 0);
        }
    }

    private PatternRules() {
    }

    static Lines lowLines(Map<Analyte, AnalyteResult> results) {
        boolean red = false;
        for (Analyte a : new Analyte[] {Analyte.HEMOGLOBIN, Analyte.HEMATOCRIT, Analyte.RBC}) {
            Status s = status(results, a);
            if (s != null && s != Status.NOT_JUDGED) {
                red = s == Status.LOW;
                break;
            }
        }
        boolean white = status(results, Analyte.WBC) == Status.LOW || status(results, Analyte.ANC) == Status.LOW;
        return new Lines(red, white, status(results, Analyte.PLATELETS) == Status.LOW);
    }

    static CbcPattern pattern(Map<Analyte, AnalyteResult> results, Lines lines) {
        return switch (lines.count()) {
            case 3 -> CbcPattern.PANCYTOPENIA;
            case 2 -> CbcPattern.BICYTOPENIA;
            case 1 -> lines.red() ? CbcPattern.ANEMIA
                    : lines.platelets() ? CbcPattern.THROMBOCYTOPENIA
                    : status(results, Analyte.ANC) == Status.LOW ? CbcPattern.NEUTROPENIA : CbcPattern.LEUKOPENIA;
            default -> status(results, Analyte.LYMPHOCYTES) == Status.LOW ? CbcPattern.LYMPHOPENIA : CbcPattern.NONE;
        };
    }

    private static Status status(Map<Analyte, AnalyteResult> results, Analyte a) {
        AnalyteResult r = results.get(a);
        return r == null ? null : r.status();
    }
}
