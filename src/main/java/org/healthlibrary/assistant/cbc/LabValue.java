package org.healthlibrary.assistant.cbc;

import java.util.Objects;

/**
 * One lab value as given, before normalisation: the analyte, the number, its unit if any, and
 * the lab's own range if given. For {@link Analyte#ANC} and {@link Analyte#LYMPHOCYTES} a
 * {@link LabUnit#PERCENT} unit means the share of a differential, from which the absolute
 * count is worked out with the WBC. Immutable.
 *
 * @param analyte  which line
 * @param value    the number as given (any multiplier such as "85k" already applied)
 * @param unit     the unit as given, or {@code null} when none was (magnitude rules apply)
 * @param labRange the lab's own range, or {@code null}
 */
public record LabValue(Analyte analyte, double value, LabUnit unit, LabRange labRange) {

    public LabValue {
        Objects.requireNonNull(analyte, "analyte");
    }

    /** A value with a unit and no lab range. */
    public static LabValue of(Analyte analyte, double value, LabUnit unit) {
        return new LabValue(analyte, value, unit, null);
    }
}
