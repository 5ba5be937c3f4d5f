package org.healthlibrary.assistant.labs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthlibrary.assistant.cbc.Analyte;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.LabContext;
import org.healthlibrary.assistant.cbc.LabRange;
import org.healthlibrary.assistant.cbc.LabRequest;
import org.healthlibrary.assistant.cbc.LabUnit;
import org.healthlibrary.assistant.cbc.LabValue;
import org.healthlibrary.assistant.cbc.Sex;
import org.healthlibrary.assistant.cbc.UnitNormalizer;
import org.healthlibrary.assistant.http.ApiException;

/**
 * Checks a {@link CbcRequest} and turns it into a {@link LabRequest}. Every rejection is an
 * {@link ApiException} 400 with a stable code and a message that says what to fix without
 * repeating what was sent. Stateless; thread-safe.
 */
final class CbcRequestMapper {

    /** Longest text accepted, in characters. */
    static final int MAX_TEXT = CbcInterpreter.MAX_TEXT;
    /** Most structured values accepted in one request. */
    static final int MAX_VALUES = 20;
    private static final String CODES = Arrays.stream(Analyte.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private CbcRequestMapper() {
    }

    static LabRequest toLabRequest(CbcRequest body, CbcInterpreter interpreter) {
        if (body == null || body.text() == null && body.values() == null) {
            throw ApiException.badRequest("missing_input", "Send either 'text' (the blood count numbers as you would "
                    + "type them) or 'values' (a list of {analyte, value, unit}).");
        }
        if (body.text() != null && body.values() != null) {
            throw ApiException.badRequest("conflicting_input", "Send either 'text' or 'values', not both.");
        }
        LabContext context = context(body);
        if (body.text() != null) {
            if (body.text().isBlank()) {
                throw ApiException.badRequest("blank_text", "'text' is empty. Type the blood count numbers, for "
                        + "example: hemoglobin 9.1, platelets 90.");
            }
            if (body.text().length() > MAX_TEXT) {
                throw ApiException.badRequest("text_too_long", "'text' is longer than " + MAX_TEXT
                        + " characters. Send only the blood count numbers.");
            }
            LabRequest read = interpreter.extract(body.text()).toRequest();
            return read.withContext(override(read.context(), body));
        }
        return LabRequest.of(values(body.values()), context);
    }

    private static List<LabValue> values(List<ValueInput> inputs) {
        if (inputs.isEmpty()) {
            throw ApiException.badRequest("empty_values", "'values' is empty. Give at least one value, for example "
                    + "{\"analyte\": \"PLATELETS\", \"value\": 90, \"unit\": \"x10^9/L\"}.");
        }
        if (inputs.size() > MAX_VALUES) {
            throw ApiException.badRequest("too_many_values", "'values' has more than " + MAX_VALUES + " items.");
        }
        List<LabValue> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            LabValue v = value(inputs.get(i), "values[" + i + "]");
            String key = v.analyte() + (v.unit() == LabUnit.PERCENT ? "%" : "");
            if (!seen.add(key)) {
                throw ApiException.badRequest("duplicate_analyte", "values[" + i + "] repeats analyte "
                        + v.analyte() + ". Give each analyte once.");
            }
            out.add(v);
        }
        return out;
    }

    private static LabValue value(ValueInput in, String at) {
        if (in == null) {
            throw ApiException.badRequest("missing_value", at + " is empty. Give {analyte, value, unit}.");
        }
        if (in.analyte() == null || in.analyte().isBlank()) {
            throw ApiException.badRequest("missing_analyte", at + ".analyte is missing. Valid codes: " + CODES + ".");
        }
        Analyte analyte = Analyte.fromCode(in.analyte()).orElseThrow(() -> ApiException.badRequest("unknown_analyte",
                at + ".analyte is not a known analyte code. Valid codes: " + CODES + "."));
        if (in.value() == null) {
            throw ApiException.badRequest("missing_value", at + ".value is missing. Give the number, for example 9.1.");
        }
        LabUnit unit = null;
        if (in.unit() != null && !in.unit().isBlank()) {
            String accepted = UnitNormalizer.acceptedUnits(analyte).stream().map(LabUnit::symbol)
                    .collect(Collectors.joining(", "));
            unit = LabUnit.parse(in.unit()).orElseThrow(() -> ApiException.badRequest("unknown_unit",
                    at + ".unit is not a unit we know. Units for " + analyte + ": " + accepted + "."));
            if (!UnitNormalizer.accepts(analyte, unit)) {
                throw ApiException.badRequest("unit_mismatch", at + ".unit is not a unit of " + analyte
                        + ". Units for " + analyte + ": " + accepted + ".");
            }
        }
        return new LabValue(analyte, in.value(), unit, range(in, at, unit));
    }

    private static LabRange range(ValueInput in, String at, LabUnit unit) {
        if (in.low() == null && in.high() == null) {
            return null;
        }
        if (in.low() == null || in.high() == null || in.low() < 0 || in.low() >= in.high()) {
            throw ApiException.badRequest("invalid_range", at + " needs both 'low' and 'high', with 0 <= low < high, "
                    + "in the same unit as the value.");
        }
        return new LabRange(in.low(), in.high(), unit);
    }

    private static LabContext context(CbcRequest body) {
        if (body.sex() != null && Sex.parse(body.sex()).isEmpty()) {
            throw ApiException.badRequest("invalid_sex", "'sex' must be 'male' or 'female' (or left out).");
        }
        if (body.ageYears() != null && (body.ageYears() < 0 || body.ageYears() > 120)) {
            throw ApiException.badRequest("invalid_age", "'ageYears' must be between 0 and 120.");
        }
        if (body.temperatureC() != null && (body.temperatureC() < 30 || body.temperatureC() > 45)) {
            throw ApiException.badRequest("invalid_temperature", "'temperatureC' must be between 30 and 45 (degrees "
                    + "Celsius). Convert Fahrenheit with (F - 32) x 5 / 9.");
        }
        return override(LabContext.UNKNOWN, body);
    }

    /** Fields given in the request win over what the text said. */
    private static LabContext override(LabContext c, CbcRequest body) {
        LabContext out = c;
        if (body.sex() != null) {
            out = out.withSex(Sex.parse(body.sex()).orElseThrow());
        }
        if (body.ageYears() != null) {
            out = out.withAgeYears(body.ageYears()).withChildMentioned(false);
        }
        if (body.pregnant() != null) {
            out = out.withPregnant(body.pregnant());
        }
        if (body.temperatureC() != null) {
            out = out.withTemperatureC(body.temperatureC());
        }
        if (body.onChemotherapy() != null) {
            out = out.withOnChemotherapy(body.onChemotherapy());
        }
        return out;
    }
}
