package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which number each analyte name is tied to, read through the public extractor: the number
 * right before the name, else the first free number after it in the same sentence within a few
 * words; claimed numbers are stepped over; a comparison makes it a question, not a result.
 */
class ValueLinkerTest {

    private final CbcInterpreter interpreter = new CbcInterpreter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            90 platelets                                             | ?
            platelets 90                                             | ?
            90 platelets 120                                         | ?
            platelets were checked twice and came back at 90         | ?
            platelets were checked on the ward by the nurse twice and then much later came back at 90 | ?
            platelets. 90                                            | ?
            platelets below 20                                       | ?
            platelets are more than 20                               | ?
            platelets, hemoglobin 9.1                                | ?
            hemoglobin 9.1 platelets                                 | ?
            platelets at age 34 were 90                              | ?
            platelets 120 (150-400) hemoglobin 9.1                   | ?
            """)
    void tiesEachNameToItsNumber(String text, String expected) {
        assertThat(Briefs.extracted(interpreter.extract(text))).isEqualTo(expected);
    }
}
