package org.healthlibrary.assistant.cbc;

/**
 * The clinical facts {@code cbc} read from one message, for the safety screen to decide from:
 * a measured fever (with its temperature), white cells low enough to make a fever an
 * emergency, and chemotherapy. Every number behind them was read and judged here, against
 * {@link FeverThresholds}; a caller never re-parses the text for them. Immutable.
 *
 * @param temperatureC   the measured temperature in Celsius that was stated as present (not
 *                       negated, asked about or compared), or {@code null}
 * @param lowWhiteCells  the message's values show low white cells ({@link FeverThresholds#lowWhiteCells})
 * @param onChemotherapy chemotherapy was mentioned and not negated
 */
public record ClinicalFacts(Double temperatureC, boolean lowWhiteCells, boolean onChemotherapy) {

    /** Nothing read. */
    public static final ClinicalFacts NONE = new ClinicalFacts(null, false, false);

    /** The facts of an extraction and, when it had values, the report classified from it. */
    public static ClinicalFacts of(LabExtraction extraction, CbcReport report) {
        boolean low = report != null && report.lowWhiteCellsForFever() || lowIfPerMicrolitre(extraction);
        return new ClinicalFacts(extraction.context().temperatureC(), low, extraction.context().onChemotherapy());
    }

    /**
     * The cautious reading for safety: an ANC or WBC typed without a unit in the range where the
     * report must ask which unit was meant ("ANC 300") counts as low when its per-microlitre
     * reading is (the other reading, 300 x10^9/L, is not a count anyone has).
     */
    private static boolean lowIfPerMicrolitre(LabExtraction extraction) {
        for (LabValue v : extraction.values()) {
            if ((v.analyte() == Analyte.ANC || v.analyte() == Analyte.WBC) && v.unit() == null
                    && UnitNormalizer.normalize(v.analyte(), v.value(), null) instanceof UnitNormalizer.Ask
                    && v.value() / 1000 < FeverThresholds.LOW_WHITE_FOR_FEVER) {
                return true;
            }
        }
        return false;
    }

    /** True when a measured temperature is a fever (at least 38.0 C). */
    public boolean measuredFever() {
        return temperatureC != null && FeverThresholds.isFever(temperatureC);
    }
}
