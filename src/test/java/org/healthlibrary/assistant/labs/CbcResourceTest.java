package org.healthlibrary.assistant.labs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class CbcResourceTest {

    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private static ValidatableResponse post(String json) {
        return given().config(DOUBLES).contentType(ContentType.JSON).body(json)
                .when().post("/api/cbc")
                .then();
    }

    @Test
    void interpretsText() {
        post("""
                {"text": "my hemoglobin is 9.1 and platelets 90"}""")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("analytes", hasSize(2))
                .body("analytes[0].analyte", equalTo("HEMOGLOBIN"))
                .body("analytes[0].value", equalTo(9.1))
                .body("analytes[0].unit", equalTo("g/dL"))
                .body("analytes[0].status", equalTo("LOW"))
                .body("analytes[0].grade", equalTo(2))
                .body("analytes[0].referenceRange.low", equalTo(12.0))
                .body("analytes[0].referenceRange.high", equalTo(17.5))
                .body("analytes[0].referenceRange.unit", equalTo("g/dL"))
                .body("analytes[0].referenceRange.source", equalTo(
                        "Adult range, sex not given: women's lower limit, men's upper limit (CLINICAL-REFERENCE s1)"))
                .body("analytes[1].analyte", equalTo("PLATELETS"))
                .body("analytes[1].value", equalTo(90.0))
                .body("analytes[1].unit", equalTo("x10^9/L"))
                .body("analytes[1].status", equalTo("LOW"))
                .body("analytes[1].grade", equalTo(1))
                .body("pattern", equalTo("BICYTOPENIA"))
                .body("highFlags", empty())
                .body("urgency", equalTo("SOON"))
                .body("reasons", contains("Hemoglobin below the range used: book a visit to discuss it.",
                        "Platelets below the range used: book a visit to discuss it.",
                        "Two or more blood cell lines low: book a visit to discuss them."))
                .body("questions", empty())
                .body("assumptions", contains(
                        "Sex not given: used the women's lower limit for 'low' and the men's upper limit for 'high'.",
                        "Age not given: used adult ranges."))
                .body("ruleSet", containsString("CTCAE v5.0"))
                .body("summary", containsString("This is called bicytopenia. It has many possible causes."))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
    }

    @Test
    void contextFieldsOverrideTheText() {
        post("""
                {"text": "hgb 12.8, platelets 12", "sex": "male", "ageYears": 40, "temperatureC": 38.5,
                 "onChemotherapy": true}""")
                .statusCode(200)
                .body("analytes[0].status", equalTo("LOW"))
                .body("analytes[0].referenceRange.source", equalTo("Adult range for men (CLINICAL-REFERENCE s1)"))
                .body("urgency", equalTo("EMERGENCY"))
                .body("reasons", contains(
                        "Fever (38.0 C / 100.4 F or higher) while on chemotherapy: this can be an emergency. Call your "
                                + "care team or go to the emergency room now.",
                        "Platelets below 20 x10^9/L: contact your care team today."))
                .body("assumptions", empty());
    }

    @Test
    void interpretsStructuredValuesWithUnitsAndTheLabsRange() {
        post("""
                {"values": [
                   {"analyte": "hemoglobin", "value": 95, "unit": "g/L"},
                   {"analyte": "PLATELETS", "value": 120000, "unit": "/uL", "low": 150000, "high": 400000},
                   {"analyte": "ANC", "value": 0.4, "unit": "K/uL"}],
                 "sex": "female", "ageYears": 34, "pregnant": false}""")
                .statusCode(200)
                .body("analytes.analyte", contains("HEMOGLOBIN", "ANC", "PLATELETS"))
                .body("analytes.value", contains(9.5, 0.4, 120.0))
                .body("analytes.unit", contains("g/dL", "x10^9/L", "x10^9/L"))
                .body("analytes.status", contains("LOW", "LOW", "LOW"))
                .body("analytes.grade", contains(2, 4, 1))
                .body("analytes[2].referenceRange.low", equalTo(150.0))
                .body("analytes[2].referenceRange.high", equalTo(400.0))
                .body("analytes[2].referenceRange.source", equalTo("Your lab's range"))
                .body("pattern", equalTo("PANCYTOPENIA"))
                .body("urgency", equalTo("URGENT"))
                .body("reasons", contains("ANC below 0.5 x10^9/L: contact your care team today."))
                .body("summary", containsString("This is called pancytopenia. It has many possible causes."))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
    }

    @Test
    void aGradeIsNullWhenNotLowAndAChildsCountIsNotJudged() {
        post("""
                {"values": [{"analyte": "PLATELETS", "value": 200, "unit": "x10^9/L"}], "ageYears": 6}""")
                .statusCode(200)
                .body("analytes[0].status", equalTo("NOT_JUDGED"))
                .body("analytes[0].grade", nullValue())
                .body("analytes[0].referenceRange.low", nullValue())
                .body("analytes[0].referenceRange.high", nullValue())
                .body("questions", hasSize(1));
    }

    @Test
    void anAmbiguousNumberIsAskedAbout() {
        post("""
                {"values": [{"analyte": "PLATELETS", "value": 3000}]}""")
                .statusCode(200)
                .body("analytes", empty())
                .body("questions", contains("The platelet count value 3000 has no unit, and it could be read more "
                        + "than one way. Please give it with its unit, for example 150 x10^9/L or 150,000/uL."))
                .body("disclaimer", not(empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {}                                                                  | missing_input       | Send either 'text'
            {"text": "hgb 9", "values": []}                                     | conflicting_input   | not both
            {"text": "   "}                                                     | blank_text          | 'text' is empty
            {"values": []}                                                      | empty_values        | 'values' is empty
            {"values": [{"value": 9}]}                                          | missing_analyte     | values[0].analyte is missing
            {"values": [{"analyte": "FERRITIN", "value": 9}]}                   | unknown_analyte     | Valid codes: HEMOGLOBIN, HEMATOCRIT, RBC, WBC, ANC, LYMPHOCYTES, PLATELETS, MCV.
            {"values": [{"analyte": "WBC"}]}                                    | missing_value       | values[0].value is missing
            {"values": [null]}                                                  | missing_value       | values[0] is empty
            {"values": [{"analyte": "WBC", "value": 4, "unit": "furlongs"}]}    | unknown_unit        | Units for WBC: x10^9/L, /uL, g/L.
            {"values": [{"analyte": "WBC", "value": 4, "unit": "g/dL"}]}        | unit_mismatch       | is not a unit of WBC
            {"values": [{"analyte": "WBC", "value": 4, "low": 4}]}              | invalid_range       | needs both 'low' and 'high'
            {"values": [{"analyte": "WBC", "value": 4, "low": 11, "high": 4}]}  | invalid_range       | 0 <= low < high
            {"values": [{"analyte": "WBC", "value": 4}, {"analyte": "wbc", "value": 5}]} | duplicate_analyte | values[1] repeats analyte WBC
            {"text": "hgb 9", "sex": "other"}                                   | invalid_sex         | 'male' or 'female'
            {"text": "hgb 9", "ageYears": -1}                                   | invalid_age         | between 0 and 120
            {"text": "hgb 9", "ageYears": 121}                                  | invalid_age         | between 0 and 120
            {"text": "hgb 9", "temperatureC": 29.9}                             | invalid_temperature | between 30 and 45
            {"text": "hgb 9", "temperatureC": 101}                              | invalid_temperature | between 30 and 45
            """)
    void rejectsBadInputWithACodeThatSaysWhatIsWrong(String json, String code, String message) {
        post(json)
                .statusCode(400)
                .body("error", equalTo(code))
                .body("message", containsString(message))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"text": "hgb 9", "ageYears": 0, "temperatureC": 30}
            {"text": "hgb 9", "ageYears": 120, "temperatureC": 45}
            {"text": "hgb 9", "sex": "FEMALE", "pregnant": true, "onChemotherapy": false}
            {"values": [{"analyte": "ANC", "value": 60, "unit": "%"}, {"analyte": "ANC", "value": 1.2}]}
            """)
    void acceptsTheLimitsOfEachField(String json) {
        post(json).statusCode(200).body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
    }

    @Test
    void rejectsTextOverTwoThousandCharacters() {
        post("{\"text\": \"" + "a".repeat(2001) + "\"}")
                .statusCode(400)
                .body("error", equalTo("text_too_long"));
        post("{\"text\": \"hgb 9 " + "a".repeat(1994) + "\"}")
                .statusCode(200);
    }

    @Test
    void rejectsTooManyValues() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            values.append(i == 0 ? "" : ",").append("{\"analyte\": \"WBC\", \"value\": 4}");
        }
        post("{\"values\": [" + values + "]}")
                .statusCode(400)
                .body("error", equalTo("too_many_values"));
    }

    @Test
    void rejectsAMissingBody() {
        given().contentType(ContentType.JSON).when().post("/api/cbc")
                .then().statusCode(400)
                .body("error", notNullValue())
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
    }
}
