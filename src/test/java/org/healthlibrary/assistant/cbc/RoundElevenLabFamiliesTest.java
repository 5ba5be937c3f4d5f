package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab reader's patterns found by blind round 11 (issue 16), each as a family of wordings
 * written for this test (not the blind sentences). Asked about, never read: values of two people
 * with no one named for each, a lymphocyte count asked about as neutropenia, a ferritin or a
 * reticulocyte count taken for another line, a count corrected for nucleated red cells next to
 * another number, a hemoglobin with no unit where mmol/L is usual, a figure of speech or an
 * estimate by a watch or an app, a flag with the number cut off, a number the lab flagged as
 * unreliable given without its name, numbers with no names (a bare row seen on a screen, "one
 * number was 6.8" around a transfusion). Read: counts written per ten thousand per microlitre
 * ("15.2 x10^4/uL"). Look-alikes keep being read, and a phone number is no row of results.
 */
class RoundElevenLabFamiliesTest {

    private static final CbcMessages M = CbcEnglish.MESSAGES;
    private final CbcInterpreter interpreter = new CbcInterpreter(M);


    @ParameterizedTest
    @ValueSource(strings = {
            "plt 88 and 240, one is mine and one is my sister's, the labels fell off",
            "wbc 3.0 and 6.9 - one was mine and the other my husband's",
            "hgb 10.5 and wbc 4.1, one is mine and the other is my son's",
            "we mixed up the slips at the clinic, hgb 12.2 and 9.1",
    })
    void valuesOfTwoPeopleAreAskedWhose(String message) {
        LabTraps.assertAsked(interpreter, message, M.askWhoseResult());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            lymphocytes 0.6 today, am i neutropenic                                 | neutrophil count
            her lymphs were 0.3 this morning, is she neutropenic now                 | neutrophil count
            absolute lymphocyte count 0.7, does that mean i'm neutropenic            | neutrophil count
            ferritin 12, what's my hemoglobin then                                   | hemoglobin
            reticulocytes 1.8 on the sheet, is that my platelet count?               | platelet count
            retic count 3.2 today, is that the same as my hemoglobin                 | hemoglobin
            """)
    void aValueOfAnotherTestIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askOtherTest(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wbc 9.1, corrected for nucleated rbcs, and 12.4 uncorrected                  | white blood cell count
            white count 18 with another 25 beside it, the note says nrbc corrected        | white blood cell count
            the report has an uncorrected wbc of 30 and a corrected one of 21             | white blood cell count
            wbc 7.0 adjusted for nucleated red cells, the other number is 9               | white blood cell count
            """)
    void aCorrectedCountNextToAnotherIsAskedWhichIsCurrent(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askWhichIsCurrent(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we live in the Netherlands and my hb came back 6.4",
            "my huisarts said hemoglobin 7.8, should i worry",
            "Dutch lab, hgb 8.3 on the letter",
            "moved from Holland, my old hb results say 5.9",
    })
    void aHemoglobinWithNoUnitWhereMmolIsUsualIsAskedForItsUnit(String message) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.analytes()).as(message).isEmpty();
        assertThat(r.questions()).as(message).anyMatch(q -> q.contains("has no unit"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my fitness tracker says my hemoglobin is 13                              | hemoglobin
            the apple watch estimated my hgb at 12.5 last night                      | hemoglobin
            dad's platelet count is like a million according to his doctor            | platelet count
            my white count is through the roof, like 40                              | white blood cell count
            a health app estimated my hemoglobin at 10, is that low                  | hemoglobin
            """)
    void anEstimateOrAFigureOfSpeechIsAskedForTheExactNumber(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askExactNumber(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the portal shows a red H next to platelets but the number is cut off     | platelet count
            there's a low flag beside my hemoglobin and i can't see the number       | hemoglobin
            """)
    void aFlagWithTheNumberCutOffIsAskedForTheNumber(String message, String name) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.analytes()).as(message).isEmpty();
        assertThat(r.questions()).as(message).contains(M.askMissingValue(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the sheet says platelet clumping seen, the number says 48                | platelet count
            sample was clotted per the lab, the count came back 95 for platelets?    | platelet count
            hemolyzed sample on my hemoglobin, the number was 9                      | hemoglobin
            """)
    void aFlaggedNumberWithoutItsNameIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askSampleFlagged(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12.4 5.1 198 is what the nurse read off the screen",
            "the monitor at the clinic showed 9.7, 3.3, 142",
            "had a transfusion monday, one number was 7.2 and another number was 9.1, which is before",
            "they transfused me, the first number was 6.5 and the second number 8.4",
    })
    void numbersWithNoNamesAreAskedWhichTest(String message) {
        LabTraps.assertAsked(interpreter, message, M.askWhichTest());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PLT 21.4 x10^4/uL this morning                                             | PLATELETS 214 x10^9/L
            platelets 8.9 ×10^4/µL today                                               | PLATELETS 89 x10^9/L
            """)
    void countsPerTenThousandPerMicrolitreAreRead(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).as(message).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my phone number is 555 1234 5678, call the clinic",
            "i took 2 3 4 pills at the clinic over the week",
    })
    void rowsThatAreNoResultsAreNotAskedAbout(String message) {
        assertThat(interpreter.extract(message).hasLabValues()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 9.2 today, mine, my husband's is not back yet                          | HEMOGLOBIN 9.2 g/dL
            lymphocytes 1.5 and anc 2.2 today, am i neutropenic                        | ANC 2.2 x10^9/L, LYMPHOCYTES 1.5 x10^9/L
            wbc 5.4 today, the old watch i have is broken                              | WBC 5.4 x10^9/L
            hemoglobin 13.1 g/dL today, i'm dutch                                      | HEMOGLOBIN 13.1 g/dL
            hemoglobin 8.1 mmol/L from my huisarts today                               | HEMOGLOBIN 13.1 g/dL
            platelets 210 today, i ran a million errands                               | PLATELETS 210 x10^9/L
            hgb 11.8 today and my ferritin is being checked next week                  | HEMOGLOBIN 11.8 g/dL
            """)
    void lookAlikesAreRead(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).as(message).isEqualTo(expected);
        assertThat(r.questions()).as(message).isEmpty();
    }
}
