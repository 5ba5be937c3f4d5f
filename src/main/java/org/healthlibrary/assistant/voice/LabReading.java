package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Intent;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One lab value from {@code LabValuesIntent}'s slots, written the way a patient types it in
 * chat so that it goes through the same lab classifier: {@code "platelets 85000/uL"},
 * {@code "hemoglobin 9.5 g/dL"}. Slots: {@code analyte} (LAB_ANALYTE), {@code number}
 * (AMAZON.NUMBER, whole numbers only), {@code decimal} (the digits said after "point", since
 * AMAZON.NUMBER has no decimals) and {@code unit} (LAB_UNIT, optional). Custom values are read
 * by their entity-resolution id; an unresolved value is used as said. Immutable.
 *
 * @param analyte the analyte's name, e.g. "platelets"
 * @param number  the value, e.g. "85000" or "9.5"
 * @param unit    the unit as written, e.g. "/uL", or "" when none was said
 */
record LabReading(String analyte, String number, String unit) {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,7}(?:\\.\\d{1,4})?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    /** Analyte ids in the interaction model's LAB_ANALYTE type, to the names the lab classifier reads. */
    static final Map<String, String> ANALYTES = Map.of(
            "HEMOGLOBIN", "hemoglobin", "PLATELETS", "platelets", "WBC", "white blood cells", "ANC", "ANC",
            "HEMATOCRIT", "hematocrit", "RBC", "red blood cells", "LYMPHOCYTES", "lymphocytes", "MCV", "MCV");

    /** Unit ids in the interaction model's LAB_UNIT type, to the written units the lab classifier reads. */
    static final Map<String, String> UNITS = Map.of(
            "G_PER_DL", "g/dL", "G_PER_L", "g/L", "PERCENT", "%", "K_PER_UL", "K/uL", "PER_UL", "/uL",
            "M_PER_UL", "million/uL", "E9_PER_L", "x10^9/L", "FL", "fL");

    /** The reading in the intent's slots; empty when the analyte or the number is missing or not understood. */
    static Optional<LabReading> of(Intent intent) {
        Optional<String> analyte = Slots.resolvedId(intent, "analyte").map(ANALYTES::get)
                .or(() -> Slots.value(intent, "analyte").map(v -> v.toLowerCase(Locale.ROOT)))
                .filter(a -> a.length() <= 40);
        Optional<String> whole = Slots.value(intent, "number").filter(n -> WHOLE.matcher(n).matches());
        if (analyte.isEmpty() || whole.isEmpty()) {
            return Optional.empty();
        }
        String number = whole.get().contains(".") ? whole.get()
                : whole.get() + Slots.value(intent, "decimal").filter(d -> DIGITS.matcher(d).matches())
                        .map(d -> "." + d).orElse("");
        String unit = Slots.resolvedId(intent, "unit").map(UNITS::get)
                .or(() -> Slots.value(intent, "unit").map(v -> v.toLowerCase(Locale.ROOT)))
                .filter(u -> u.length() <= 40).orElse("");
        return Optional.of(new LabReading(analyte.get(), number, unit));
    }

    /** As typed: {@code "platelets 85000/uL"}. */
    String words() {
        if (unit.isEmpty()) {
            return analyte + " " + number;
        }
        boolean attached = unit.startsWith("/") || unit.equals("%");
        return analyte + " " + number + (attached ? "" : " ") + unit;
    }
}
