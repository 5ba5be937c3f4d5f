package org.healthlibrary.assistant.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlibrary.assistant.cbc.Analyte;
import org.healthlibrary.assistant.cbc.AnalyteResult;
import org.healthlibrary.assistant.cbc.CbcPattern;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.Status;

/**
 * Maps a lab report to the library: which article explains its pattern, and whether it shows
 * low white cells (which makes a later fever an emergency). Deterministic. Stateless.
 */
public final class LabAnswers {

    /** The article that explains each pattern. */
    static final Map<CbcPattern, String> ARTICLE_FOR_PATTERN = Map.of(
            CbcPattern.PANCYTOPENIA, "pancytopenia",
            CbcPattern.ANEMIA, "anemia",
            CbcPattern.THROMBOCYTOPENIA, "thrombocytopenia",
            CbcPattern.NEUTROPENIA, "neutropenia",
            CbcPattern.LEUKOPENIA, "leukopenia",
            CbcPattern.LYMPHOPENIA, "leukopenia",
            CbcPattern.BICYTOPENIA, "complete-blood-count",
            CbcPattern.NONE, "complete-blood-count");

    /** ANC or WBC (x10^9/L) below which a fever is neutropenic fever. */
    static final double FEVER_THRESHOLD = 1.0;

    private LabAnswers() {
    }

    public static String articleFor(CbcPattern pattern) {
        return ARTICLE_FOR_PATTERN.getOrDefault(pattern, "complete-blood-count");
    }

    /**
     * True when the report shows white cells low enough that a fever is an emergency, with the
     * thresholds of the urgency rules (CLINICAL-REFERENCE s3): ANC below 1.0 x10^9/L, or WBC
     * below 1.0 x10^9/L when the ANC is not known.
     */
    public static boolean lowWhiteCells(CbcReport report) {
        List<AnalyteResult> results = report.analytes();
        Optional<AnalyteResult> anc = results.stream().filter(r -> r.analyte() == Analyte.ANC).findFirst();
        if (anc.isPresent()) {
            return anc.get().value() < FEVER_THRESHOLD;
        }
        return results.stream().anyMatch(r -> r.analyte() == Analyte.WBC && r.value() < FEVER_THRESHOLD);
    }

    /** True when at least one value was classified (not only questions). */
    public static boolean classifiedAny(CbcReport report) {
        return report.analytes().stream().anyMatch(r -> r.status() != Status.NOT_JUDGED);
    }
}
