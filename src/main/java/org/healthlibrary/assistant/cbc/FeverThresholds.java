package org.healthlibrary.assistant.cbc;

/**
 * The one home of the neutropenic-fever numbers of CLINICAL-REFERENCE section 3: a fever is a
 * temperature of at least 38.0 C (100.4 F), and white cells are low enough to make a fever an
 * emergency when the ANC is below 1.0 x10^9/L, or the WBC is below 1.0 x10^9/L when the ANC is
 * not known. {@link UrgencyRules}, {@link LabContext}, {@link CbcReport#lowWhiteCellsForFever()}
 * and {@link ClinicalFacts} use these; no other package holds a threshold. Stateless.
 */
public final class FeverThresholds {

    /** Fever at or above this temperature in Celsius (inclusive). */
    public static final double FEVER_C = 38.0;

    /** The same threshold in Fahrenheit, as patients are told it. */
    public static final double FEVER_F = 100.4;

    /** ANC, or WBC when the ANC is unknown, below which (x10^9/L) a fever is neutropenic fever. */
    public static final double LOW_WHITE_FOR_FEVER = 1.0;

    private FeverThresholds() {
    }

    /** True when a temperature in Celsius is a fever. */
    public static boolean isFever(double celsius) {
        return celsius >= FEVER_C;
    }

    /**
     * True when the counts make a fever an emergency: ANC below 1.0 x10^9/L, or, with no ANC,
     * WBC below 1.0 x10^9/L. Both in x10^9/L; either may be null (unknown).
     */
    public static boolean lowWhiteCells(Double anc, Double wbc) {
        if (anc != null) {
            return anc < LOW_WHITE_FOR_FEVER;
        }
        return wbc != null && wbc < LOW_WHITE_FOR_FEVER;
    }
}
