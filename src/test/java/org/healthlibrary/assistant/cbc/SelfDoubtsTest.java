package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value the writer doubts is asked about, never read (issue 16, blind round 4): families of
 * wordings written for this test for "which one is today's", self-corrections that stay unsure,
 * a second value "also" given, Spanish ranges and a letter typed for a digit at the end.
 */
class SelfDoubtsTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hemoglobin 10.1 and 9.7, no idea which one is today's                 | HEMOGLOBIN
            platelets 88 from the old sheet and 140, can't remember which is the latest | PLATELETS
            wbc 4.1, or was that the old one? the other one said 2.9              | WBC
            anc 1.2 hmm no, scratch that                                          | ANC
            hemoglobin 9.9 no wait 11.9 or maybe that was the mcv                 | HEMOGLOBIN
            platelets 62, hmm, the other number, 26? one of them                  | PLATELETS
            la hemoglobina dice 9.5 y también dice 11.0                           | HEMOGLOBIN
            plaquetas entre 80 y 90                                               | PLATELETS
            platelets 9o                                                          | PLATELETS
            wbc 3o this morning                                                   | WBC
            """)
    void aValueTheWriterDoubtsIsAskedAbout(String message, Analyte analyte) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).isTrue();
        CbcReport r = interpreter.interpret(x.toRequest());
        assertThat(r.analytes()).noneMatch(a -> a.analyte() == analyte);
        assertThat(r.questions()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hemoglobin 8.8 oops typo it is 10.8                              | HEMOGLOBIN 10.8 g/dL
            platelets 70, sorry I meant 107                                  | PLATELETS 107 x10^9/L
            """)
    void aCorrectionWithoutDoubtIsStillRead(String message, String expected) {
        assertThat(Briefs.values(interpreter.interpret(message))).isEqualTo(expected);
    }
}
