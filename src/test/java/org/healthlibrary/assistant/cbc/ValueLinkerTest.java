package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which number each analyte name is tied to, read through the public extractor: the number
 * right before the name (it wins over one after), else the first free number after it in the
 * same sentence within a few words (seven words between is too far); a number already tied to
 * another name, or behind another measure ("age"), is not taken; a comparison ("below",
 * "more than") makes it a question about a threshold, not a result; the lab's own range is
 * read with its value.
 */
class ValueLinkerTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            90 platelets                                             | PLATELETS 90
            platelets 90                                             | PLATELETS 90
            90 platelets 120                                         | PLATELETS 90
            platelets came back at 90                                | PLATELETS 90
            platelets were checked twice and came back at 90         | ''
            platelets. 90                                            | ''
            platelets below 20                                       | ''
            platelets are more than 20                               | ''
            platelets, hemoglobin 9.1                                | HEMOGLOBIN 9.1
            hemoglobin 9.1 platelets                                 | HEMOGLOBIN 9.1
            platelets at age 34 were 90                              | ''
            platelets 120 (150-400) hemoglobin 9.1                   | PLATELETS 120 (150-400), HEMOGLOBIN 9.1
            """)
    void tiesEachNameToItsNumber(String text, String expected) {
        assertThat(Briefs.extracted(interpreter.extract(text))).isEqualTo(expected);
    }
}
