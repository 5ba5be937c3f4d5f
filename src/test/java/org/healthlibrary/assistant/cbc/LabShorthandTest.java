package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shorthands and Spanish count names are read (issue 16, blind round 4): the "h/h" pair, the
 * Spanish thousand after a Spanish count name, and Spanish names with their linking words.
 * Families written for this test.
 */
class LabShorthandTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            H/H 9.9/30.1 this week                                  | HEMOGLOBIN 9.9 g/dL, HEMATOCRIT 30.1 %
            my h&h was 12/36                                        | HEMOGLOBIN 12 g/dL, HEMATOCRIT 36 %
            las plaquetas salieron en 95 mil                        | PLATELETS 95 x10^9/L
            los leucocitos están en 3.2                             | WBC 3.2 x10^9/L
            la hemoglobina en 10.4 y los neutrófilos en 1.1         | HEMOGLOBIN 10.4 g/dL, ANC 1.1 x10^9/L
            """)
    void shorthandsAndSpanishNamesAreRead(String message, String expected) {
        assertThat(Briefs.values(interpreter.interpret(message))).isEqualTo(expected);
    }
}
