package org.healthlibrary.assistant.answer;

import java.util.Map;
import org.healthlibrary.assistant.cbc.CbcPattern;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.Status;

/**
 * Maps a lab report to the library: which article explains its pattern. Whether it shows low
 * white cells is a fact of the report ({@code CbcReport.lowWhiteCellsForFever()}), decided in
 * {@code cbc}. Deterministic. Stateless.
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

    private LabAnswers() {
    }

    public static String articleFor(CbcPattern pattern) {
        return ARTICLE_FOR_PATTERN.getOrDefault(pattern, "complete-blood-count");
    }

    /** True when at least one value was classified (not only questions). */
    public static boolean classifiedAny(CbcReport report) {
        return report.analytes().stream().anyMatch(r -> r.status() != Status.NOT_JUDGED);
    }
}
