package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lab reader never guesses (issue 16): each trap, as a family of wordings written for
 * this test, gets a question and no value for the analyte in doubt; corrections and today's
 * value are read as the value meant.
 */
class ValueDoubtsTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hemoglobin 8.5 or 9.5, the copy is blurry                        | HEMOGLOBIN
            anc either 0.8 or 1.8, the nurse mumbled                         | ANC
            platelets maybe 35 maybe 135                                     | PLATELETS
            plt 55/155 on the two pages                                      | PLATELETS
            wbc about 2ish                                                   | WBC
            my platelets are roughly 60 to 80                                | PLATELETS
            hemoglobin 10.3.1                                                | HEMOGLOBIN
            platelets 2..5                                                   | PLATELETS
            wbc 2.500.000                                                    | WBC
            platelets 9e4                                                    | PLATELETS
            wbc 3.3E3 per the app                                            | WBC
            hemoglobin nan                                                   | HEMOGLOBIN
            platelet count: -Infinity                                        | PLATELETS
            hgb 8.o                                                          | HEMOGLOBIN
            platelets 1o0                                                    | PLATELETS
            hemoglobin 9 point something                                     | HEMOGLOBIN
            wbc 2 45                                                         | WBC
            platelets 120 mg                                                 | PLATELETS
            wbc 4 mmol/l                                                     | WBC
            hemoglobin 12 mg/dl                                              | HEMOGLOBIN
            platelets ٢0٠                                                    | PLATELETS
            platelets 2,10,000 in the report                                 | PLATELETS
            wbc 12,50,000 per the old lab sheet                              | WBC
            hemoglobin 11 mmHg                                               | HEMOGLOBIN
            platelets 180 bpm                                                | PLATELETS
            hemoglobin between 10 and 11                                     | HEMOGLOBIN
            plt somewhere between 90 & 110                                   | PLATELETS
            neutrophils 38                                                   | ANC
            lymphocytes 25 on the printout                                   | LYMPHOCYTES
            """)
    void aDoubtfulNumberIsAskedAboutNotRead(String message, Analyte analyte) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).isTrue();
        CbcReport r = interpreter.interpret(x.toRequest());
        assertThat(r.analytes()).noneMatch(a -> a.analyte() == analyte);
        assertThat(r.questions()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wbc 1.9, sorry, I meant 2.9                                      | WBC 2.9 x10^9/L
            platelets not 70, I meant 170                                    | PLATELETS 170 x10^9/L
            hemoglobin 8.8 oops typo it is 10.8                              | HEMOGLOBIN 10.8 g/dL
            anc 0.3 actually 1.3                                             | ANC 1.3 x10^9/L
            hemoglobin was 12 back in june, today 9.4                        | HEMOGLOBIN 9.4 g/dL
            my platelets were 40 on monday and 75 this morning               | PLATELETS 75 x10^9/L
            wbc 3.0 last month, now 4.4                                      | WBC 4.4 x10^9/L
            hemoglobin was 8, now hemoglobin 9.9                             | HEMOGLOBIN 9.9 g/dL
            platelets were 30 during chemo last spring, today they're 190    | PLATELETS 190 x10^9/L
            hemoglobin 9.2, wbc 3.8, plt 120                                 | HEMOGLOBIN 9.2 g/dL, WBC 3.8 x10^9/L, PLATELETS 120 x10^9/L
            hemoglobin 9.6 today, platelets 200                              | HEMOGLOBIN 9.6 g/dL, PLATELETS 200 x10^9/L
            platelets 95 (150-400)                                           | PLATELETS 95 x10^9/L
            """)
    void correctionsAndTodaysValueAreReadAsMeant(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 9.9 hgb 8.8 both from today
            wbc 2.2 and wbc 4.4, same date today
            """)
    void twoValuesBothDatedTodayAreAskedAbout(String message) {
        CbcReport r = interpreter.interpret(message);
        assertThat(r.questions()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            anc 0.4, fever and 38.9 now                                      | ANC 0.4 x10^9/L
            wbc 0.7 with shaking chills and 102.1 tonight                    | WBC 0.7 x10^9/L
            """)
    void aTemperatureAfterAFeverWordDoesNotReplaceTheCount(String message, String expected) {
        assertThat(Briefs.values(interpreter.interpret(message))).isEqualTo(expected);
    }
}
