package org.healthlibrary.assistant.cbc;

/**
 * A reference range as the lab printed it, before normalisation ({@code (150-400)},
 * {@code 4.0-11.0 K/uL}).
 *
 * @param low  lower limit as written
 * @param high upper limit as written
 * @param unit the unit written with it, or {@code null} (then the value's unit, else the
 *             magnitude rules of CLINICAL-REFERENCE s4, apply)
 */
public record LabRange(double low, double high, LabUnit unit) {
}
