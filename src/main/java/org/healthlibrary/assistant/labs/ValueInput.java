package org.healthlibrary.assistant.labs;

/**
 * One structured value of {@code POST /api/cbc}. Fields are loose types so that a wrong value
 * gets a specific 400 instead of a generic parse error.
 *
 * @param analyte the analyte code: HEMOGLOBIN, HEMATOCRIT, RBC, WBC, ANC, LYMPHOCYTES, PLATELETS, MCV
 * @param value   the number
 * @param unit    the unit ({@code g/dL}, {@code x10^9/L}, {@code K/uL}, {@code /uL}...), optional: without
 *                it the number is read by its size or asked about
 * @param low     optional lower limit of the lab's own range, in the same unit
 * @param high    optional upper limit of the lab's own range, in the same unit
 */
public record ValueInput(String analyte, Double value, String unit, Double low, Double high) {
}
