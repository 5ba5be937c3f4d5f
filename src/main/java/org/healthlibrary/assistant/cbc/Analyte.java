package org.healthlibrary.assistant.cbc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthlibrary.assistant.knowledge.AnalyteVocabulary;

/**
 * The CBC lines this package understands, each with the unit values are normalised to
 * (CLINICAL-REFERENCE section 1), the words a patient may use for it (from the shared list
 * {@code knowledge/analytes.txt}, {@link AnalyteVocabulary}, which search reads too), and the bounds outside
 * which a value is taken as mistyped rather than classified.
 *
 * <p>Plausibility bounds are a product choice (see {@code docs/cbc-rules.md}): hemoglobin
 * above 0 and at most 25 g/dL and platelets at most 5000 x10^9/L come from section 4; the
 * others are set wide enough for any real result. Zero is accepted only for WBC, ANC and
 * lymphocytes, which labs do report as 0.0 in deep aplasia.
 */
public enum Analyte {
    HEMOGLOBIN("g/dL", "Hemoglobin", "hemoglobin", 0, 25, false, 1),
    HEMATOCRIT("%", "Hematocrit", "hematocrit", 0, 80, false, 1),
    RBC("x10^12/L", "RBC", "red blood cell count", 0, 10, false, 2),
    WBC("x10^9/L", "WBC", "white blood cell count", 0, 1000, true, 2),
    ANC("x10^9/L", "ANC", "neutrophil count", 0, 500, true, 2),
    LYMPHOCYTES("x10^9/L", "Lymphocytes", "lymphocyte count", 0, 500, true, 2),
    PLATELETS("x10^9/L", "Platelets", "platelet count", 0, 5000, false, 1),
    MCV("fL", "MCV", "red cell size (MCV)", 40, 150, false, 1);

    private final String unit;
    private final String label;
    private final String layName;
    private final double plausibleMin;
    private final double plausibleMax;
    private final boolean zeroAllowed;
    private final int decimals;
    private final List<String> aliases;

    Analyte(String unit, String label, String layName, double plausibleMin, double plausibleMax,
            boolean zeroAllowed, int decimals) {
        this.unit = unit;
        this.label = label;
        this.layName = layName;
        this.plausibleMin = plausibleMin;
        this.plausibleMax = plausibleMax;
        this.zeroAllowed = zeroAllowed;
        this.decimals = decimals;
        this.aliases = AnalyteVocabulary.aliases(name());
    }

    /** The unit every value of this analyte is normalised to, e.g. {@code g/dL}. */
    public String unit() {
        return unit;
    }

    /** Short name used in reasons, e.g. {@code "Platelets"}, {@code "ANC"}. */
    public String label() {
        return label;
    }

    /** Plain-language name used in summaries, e.g. {@code "platelet count"}. */
    public String layName() {
        return layName;
    }

    /** Lower-case words and abbreviations a patient may type for this analyte ({@code knowledge/analytes.txt}). */
    public List<String> aliases() {
        return aliases;
    }

    /** Decimals kept when a value had to be converted (labs report at this precision). */
    int decimals() {
        return decimals;
    }

    /** True for the counts of cells per volume (WBC, ANC, lymphocytes, platelets). */
    public boolean isCellCount() {
        return this == WBC || this == ANC || this == LYMPHOCYTES || this == PLATELETS;
    }

    /**
     * True when a value in this analyte's normalised unit could be a real result; anything else
     * is treated as mistyped and asked about.
     */
    public boolean isPlausible(double normalised) {
        if (Double.isNaN(normalised) || normalised > plausibleMax) {
            return false;
        }
        return zeroAllowed ? normalised >= plausibleMin : normalised > plausibleMin;
    }

    /** The analyte with this code (case-insensitive, e.g. {@code "platelets"}), if any. */
    public static Optional<Analyte> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (Analyte a : values()) {
            if (a.name().equals(wanted)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
