package org.healthlibrary.assistant.cbc;

/**
 * The range a value was judged against, in the analyte's normalised unit, and where it came
 * from. Either limit may be null: WHO hemoglobin cut-offs define only a lower limit, and when no
 * range could be chosen both are null and {@code source} says why. Immutable.
 *
 * @param low    lower limit (inclusive), or {@code null}
 * @param high   upper limit (inclusive), or {@code null}
 * @param unit   the normalised unit, e.g. {@code g/dL}
 * @param source where the limits come from, in words shown to the patient
 */
public record ReferenceRange(Double low, Double high, String unit, String source) {
}
