package org.healthlibrary.assistant.cbc;

/**
 * What is known about the patient and the situation, all optional. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param sex            sex, {@link Sex#UNKNOWN} when not given (never null)
 * @param ageYears       age in years (fractions for infants), or {@code null}
 * @param pregnant       true when pregnancy was stated
 * @param trimester      1, 2 or 3 when known in pregnancy, else {@code null}
 * @param temperatureC   measured temperature in Celsius, or {@code null}
 * @param feverReported  a fever was mentioned without a temperature
 * @param onChemotherapy chemotherapy was mentioned (and not negated)
 * @param childMentioned a child was meant but no age was given
 */
public record LabContext(Sex sex, Double ageYears, boolean pregnant, Integer trimester, Double temperatureC,
                         boolean feverReported, boolean onChemotherapy, boolean childMentioned) {

    /** Nothing known. */
    public static final LabContext UNKNOWN = new LabContext(Sex.UNKNOWN, null, false, null, null, false, false, false);

    public LabContext {
        sex = sex == null ? Sex.UNKNOWN : sex;
        if (trimester != null && (trimester < 1 || trimester > 3)) {
            throw new IllegalArgumentException("trimester must be 1, 2 or 3");
        }
    }

    /**
     * True when there is a fever: a measured temperature of at least 38.0 C ({@link FeverThresholds}), or, with no
     * measurement, a fever reported in words. A measured temperature always wins.
     */
    public boolean hasFever() {
        return temperatureC != null ? FeverThresholds.isFever(temperatureC) : feverReported;
    }

    public LabContext withSex(Sex s) {
        return new LabContext(s, ageYears, pregnant, trimester, temperatureC, feverReported, onChemotherapy,
                childMentioned);
    }

    public LabContext withAgeYears(Double a) {
        return new LabContext(sex, a, pregnant, trimester, temperatureC, feverReported, onChemotherapy,
                childMentioned);
    }

    public LabContext withPregnant(boolean p) {
        return new LabContext(sex, ageYears, p, p ? trimester : null, temperatureC, feverReported, onChemotherapy,
                childMentioned);
    }

    public LabContext withTrimester(Integer t) {
        return new LabContext(sex, ageYears, pregnant, t, temperatureC, feverReported, onChemotherapy,
                childMentioned);
    }

    public LabContext withTemperatureC(Double t) {
        return new LabContext(sex, ageYears, pregnant, trimester, t, feverReported, onChemotherapy, childMentioned);
    }

    public LabContext withFeverReported(boolean f) {
        return new LabContext(sex, ageYears, pregnant, trimester, temperatureC, f, onChemotherapy, childMentioned);
    }

    public LabContext withOnChemotherapy(boolean c) {
        return new LabContext(sex, ageYears, pregnant, trimester, temperatureC, feverReported, c, childMentioned);
    }

    public LabContext withChildMentioned(boolean c) {
        return new LabContext(sex, ageYears, pregnant, trimester, temperatureC, feverReported, onChemotherapy, c);
    }
}
