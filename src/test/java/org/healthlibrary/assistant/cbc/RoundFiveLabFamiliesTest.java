package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab reader's patterns found by blind round 5 (issue 16), each as a family of wordings
 * written for this test, with near misses that must read as before: a number a blood test
 * "says" with no name, two readings of one analyte with no word for today, a value taken back
 * or doubted, a bound or a decade instead of a number, a one-letter name with a longer "on my
 * ... printout", and "lymph" for lymphocytes.
 */
class RoundFiveLabFamiliesTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            got my cbc back and it only says 4.2
            my blood count came back 2.9
            the bloodwork result is 130, nothing else on it
            my blood test just shows 7.7
            blood results from the clinic say 11
            the W on my lab printout says 4.4
            my N from the blood report was 1.9
            his R on the hospital lab sheet reads 3.8
            the M value is 88
            my L number came back at 1.1
            """)
    void aNumberWithNoNameOrAOneLetterNameIsAskedAbout(String message) {
        WhichTestAsked.assertAskedOnly(interpreter, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my blood count came back 3 days ago
            my cbc is at 2 pm tomorrow
            the blood test shows 3 of my counts are low
            my labs were 2 weeks ago, what do they check
            the ER on my discharge paper says 3
            my BP on the machine was 120
            lymph nodes 2 cm on the scan
            lymph node swollen for 3 days
            what happens if platelets go under 10?
            is it dangerous when hemoglobin drops below 7
            platelets under 20 what should i do?
            """)
    void datesDurationsOtherNamesAndQuestionsAreNoLabValues(String message) {
        assertThat(interpreter.extract(message).hasLabValues()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my hemoglobin was 9.1 last week and 10.2 this week | HEMOGLOBIN | 9.1 | 10.2
            plt 35 back then and 70 afterwards                 | PLATELETS  | 35  | 70
            wbc was 1.9, later 3.6                             | WBC        | 1.9 | 3.6
            anc 0.7 on the first test and 1.4 on the second    | ANC        | 0.7 | 1.4
            hgb 8.8 then 9.9 at the next visit                 | HEMOGLOBIN | 8.8 | 9.9
            """)
    void twoReadingsWithoutAWordForTodayAreAskedAbout(String message, Analyte analyte, String first, String second) {
        CbcReport r = interpreter.interpret(message);
        assertThat(r.analytes()).isEmpty();
        assertThat(r.questions()).contains(CbcEnglish.MESSAGES.askWhichValue(analyte.layName(), first, second));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hemoglobin was 12 back in june, today 9.4          | HEMOGLOBIN 9.4 g/dL
            wbc 3.2 after 2 cycles                             | WBC 3.2 x10^9/L
            hgb 9.1, can i take 2 advil                        | HEMOGLOBIN 9.1 g/dL
            my daughters hgb is 10.9, shes 4                   | HEMOGLOBIN 10.9 g/dL
            platelets 90, need 100 for surgery                 | PLATELETS 90 x10^9/L
            platelets 95 (150-400)                             | PLATELETS 95 x10^9/L
            anc 0.4 and 38.9 now                               | ANC 0.4 x10^9/L
            wbc 0.3 on friday, now 102 fever and chills        | WBC 0.3 x10^9/L
            hgb 9.1, not sure what that means                  | HEMOGLOBIN 9.1 g/dL
            wbc 3.3 sorry for all the questions                | WBC 3.3 x10^9/L
            platelets 60, im not sure if i should worry        | PLATELETS 60 x10^9/L
            my wbc is 3.5                                      | WBC 3.5 x10^9/L
            lymph 1.1                                          | LYMPHOCYTES 1.1 x10^9/L
            wbc 6.2 lymph 0.8                                  | WBC 6.2 x10^9/L, LYMPHOCYTES 0.8 x10^9/L
            lymph count 2.0                                    | LYMPHOCYTES 2 x10^9/L
            """)
    void nearMissesReadAsBefore(String message, String expected) {
        assertThat(Briefs.values(interpreter.interpret(message))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 7.2, wait no that's wrong                      | HEMOGLOBIN
            platelets 45 ignore that number                    | PLATELETS
            wbc 2.8 sorry typo                                 | WBC
            anc 1.1 i mean 0.11, not sure                      | ANC
            plt 300 oops mistyped, ill check the paper         | PLATELETS
            """)
    void aValueTakenBackOrDoubtedIsAskedAbout(String message, Analyte analyte) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.unread()).containsExactly(analyte);
        assertThat(x.values()).isEmpty();
        assertThat(x.questions()).containsExactly(CbcEnglish.MESSAGES.askWhichIsCurrent(analyte.layName()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my wbc is in the low 2s                            | WBC
            hgb somewhere in the 9s                            | HEMOGLOBIN
            platelets mid-40s last i heard                     | PLATELETS
            my platelets are under 50                          | PLATELETS
            hemoglobin below 7                                 | HEMOGLOBIN
            wbc barely 1                                       | WBC
            the nurse said my anc was less than 0.5            | ANC
            """)
    void aBoundOrADecadeIsAskedAbout(String message, Analyte analyte) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.unread()).containsExactly(analyte);
        assertThat(x.values()).isEmpty();
        assertThat(x.questions()).containsExactly(CbcEnglish.MESSAGES.askExactNumber(analyte.layName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "is a platelet count under 20 dangerous",
            "are platelets below 10 an emergency",
            "is a white count less than 1 serious",
            "do platelets under 50 need a transfusion",
            "will hemoglobin below 7 make me tired"})
    void aQuestionAboutABoundWithoutAQuestionMarkIsNotAskedAbout(String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.unread()).isEmpty();
        assertThat(x.questions()).isEmpty();
    }
}
