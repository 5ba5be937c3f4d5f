package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact plain-language summary for typical reports, read through the public interpreter. */
class SummaryWriterTest {

    private final CbcInterpreter interpreter = new CbcInterpreter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hello there                                              | ?
            hemoglobin 14                                            | ?
            platelets 40                                             | ?
            hemoglobin 9.1, wbc 2.0, platelets 90                    | ?
            anc 0.3 and temp 38.6 C                                  | ?
            wbc 2.0                                                  | ?
            hemoglobin 11 g/dL (12-15.5), platelets 180 (150-400)    | ?
            """)
    void summaries(String text, String expected) {
        assertThat(interpreter.interpret(text).summary()).isEqualTo(expected);
    }
}
