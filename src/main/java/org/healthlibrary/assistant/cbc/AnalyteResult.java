package org.healthlibrary.assistant.cbc;

/**
 * One classified value. Immutable.
 *
 * @param analyte        which line
 * @param value          the value in the normalised unit
 * @param unit           the normalised unit ({@link Analyte#unit()})
 * @param status         against {@code referenceRange}
 * @param grade          CTCAE v5.0 grade 1-4 when low and the analyte has a CTCAE term, else {@code null}
 * @param referenceRange the range used, with its source
 */
public record AnalyteResult(Analyte analyte, double value, String unit, Status status, Integer grade,
                            ReferenceRange referenceRange) {
}
