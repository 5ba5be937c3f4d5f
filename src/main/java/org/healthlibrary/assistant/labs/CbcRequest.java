package org.healthlibrary.assistant.labs;

import java.util.List;

/**
 * The body of {@code POST /api/cbc}: either {@code text} (the numbers as the patient typed or
 * said them) or {@code values}, never both, plus optional context. Context given here overrides
 * what the text says.
 *
 * @param text           free text, at most {@value CbcRequestMapper#MAX_TEXT} characters
 * @param values         structured values
 * @param sex            {@code male} or {@code female}
 * @param ageYears       0 to 120
 * @param pregnant       pregnancy
 * @param temperatureC   measured temperature, 30 to 45
 * @param onChemotherapy currently on chemotherapy
 */
public record CbcRequest(String text, List<ValueInput> values, String sex, Double ageYears, Boolean pregnant,
                         Double temperatureC, Boolean onChemotherapy) {
}
