package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab reader's patterns found by blind round 10 (issue 16), each as a family of wordings
 * written for this test (not the blind sentences). Asked about, never read: an animal's values,
 * a report with another person's name, a value the writer says is an old one, a numeric date
 * that can be two dates, a value of one line taken for another (lymphocytes for neutrophils, a
 * hematocrit or a red cell count for hemoglobin), a test that is no line asked about as one (an
 * oxygen saturation, MPV, PDW), "my iron is 8", a neutrophil count above the white count, a
 * count with no test named, names with only "pending" or "see comment". Read: a child's
 * absolute neutrophil count (its range still asked), "white 3.1", counts per cubic millimetre with a point as the
 * thousands separator, "410 thou" said again as "410". Look-alikes keep being read.
 */
class RoundTenLabFamiliesTest {

    private static final CbcMessages M = CbcEnglish.MESSAGES;
    private final CbcInterpreter interpreter = new CbcInterpreter(M);


    @ParameterizedTest
    @ValueSource(strings = {
            "the vet ran bloodwork on Biscuit: wbc 18, hgb 13, plt 310, is he ok?",
            "platelets 95 for my dog, the vet seemed worried",
            "my cat's labs came back, hemoglobin 8.2, is that anemia for a cat",
            "hgb 11 and wbc 22 from the veterinary clinic for our puppy",
            "results for my horse: platelets 120, wbc 9",
    })
    void anAnimalsValuesAreAskedAbout(String message) {
        LabTraps.assertAsked(interpreter, message, M.askNotHuman());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the printout says hgb 10.4 but the name at the top says J. Lee and i'm Jordan Smith",
            "platelets 60 on this report, but it's not my name on it",
            "i think i got someone else's results, wbc 2.2 and anc 0.9",
            "wbc 7.7, hgb 12.5, the clinic handed me another patient's report by mistake",
    })
    void aReportWithAnotherPersonsNameIsAskedAbout(String message) {
        LabTraps.assertAsked(interpreter, message, M.askWhoseResult());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            platelets 88, oh wait that's from 2021, the new ones are in the portal          | platelet count
            hgb 9.9 — no sorry thats from last year                                          | hemoglobin
            wbc 1.7 but actually that's an old result, not this week's                      | white blood cell count
            anc 0.4, hmm thats from before my transplant                                     | neutrophil count
            """)
    void aValueTheWriterSaysIsOldIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askNewerResult(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hemoglobin 10.2 on a page dated 05/06, i had blood taken may 6 and june 5, which one is it   | hemoglobin
            the sheet is dated 02/11 with plt 130, it could be february 11 or november 2                 | platelet count
            wbc 4.4 dated 07/08, not sure if it's day first or month first                              | white blood cell count
            """)
    void aNumericDateThatCanBeTwoDatesIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askWhenTested(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            lymphs 1.1 on my sheet, is that the same as my neutrophil count                 | neutrophil count
            my hematocrit is 31, so what is my hemoglobin then                              | hemoglobin
            rbc 4.2 so is my hemoglobin 4.2? that seems bad                                 | hemoglobin
            the red cell count was 3.5, is that basically my hemoglobin                     | hemoglobin
            lymphocytes 2.0 today, is that my anc                                           | neutrophil count
            hct 40 percent, what's my hemoglobin from that                                  | hemoglobin
            """)
    void aValueOfOneLineTakenForAnotherIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askOtherTest(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my pulse oximeter reads 96, is that my hemoglobin                               | hemoglobin
            oxygen saturation 91 at home, does that mean my hemoglobin is low               | hemoglobin
            mpv 12.4 on the report, are my platelets low then                               | platelet count
            pdw 17 and mpv 9, what about my platelet count                                  | platelet count
            spo2 98, so my hemoglobin is fine right?                                        | hemoglobin
            """)
    void aTestThatIsNoLineAskedAboutAsOneIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askOtherTest(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my iron was 9 at the blood drive, is that bad",
            "the nurse said her iron level is 7.5",
            "dad's iron came back at 10, should he rest",
            "iron level 6 today, can i still run",
    })
    void anIronNumberIsAskedWhichTestItIs(String message) {
        LabTraps.assertAsked(interpreter, message, M.askIronOrHemoglobin());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "neutrophils 2.5 and wbc 1.9 from this morning",
            "lymphocytes 3.2 with a white count of 2.4",
            "anc 1,800 and wbc 1.6 today",
    })
    void aPartOfTheWhiteCountAboveItIsAskedAbout(String message) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.analytes()).extracting(AnalyteResult::analyte).as(message)
                .doesNotContain(Analyte.WBC, Analyte.ANC, Analyte.LYMPHOCYTES);
        assertThat(r.questions()).as(message).anyMatch(q -> q.contains("cannot be higher than the white blood cell count"));
    }

    /**
     * A neutrophil count below the neutropenia limit above the white count is still graded (the
     * true count is at most the one given), with the question: a contradiction never hides a
     * neutropenia, and with a fever it stays urgent.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "wbc 0.8, anc 1,100 today",
            "anc 500 and wbc 0.4 this morning",
            "neutrophils 0.3, white count 0.25 today",
    })
    void aLowNeutrophilCountAboveTheWhiteCountIsStillGradedAndAskedAbout(String message) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.analytes()).extracting(AnalyteResult::analyte).as(message).containsExactly(Analyte.ANC);
        assertThat(r.analytes().getFirst().grade()).as(message).isGreaterThanOrEqualTo(2);
        assertThat(r.questions()).as(message).anyMatch(q -> q.contains("cannot be higher than the white blood cell count"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "his count is 0.9 today, can he have visitors",
            "the count was 2.7 this morning, should she avoid crowds",
            "my mom and i both had our cbcs done, one of us is 9.4 and one is 12",
            "my count came back 1.1, do i need a mask",
    })
    void aCountWithNoTestNamedIsAskedWhichTest(String message) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.analytes()).as(message).isEmpty();
        assertThat(r.questions()).as(message).contains(M.askWhichTest());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hemoglobin says "see comment" and nothing else                       | hemoglobin
            the wbc just says 'pending' on the app                                | white blood cell count
            anc: see note below, but i cant find any note                         | neutrophil count
            platelets reads "cancelled" on my portal                              | platelet count
            """)
    void aNameWithOnlyANoteIsAskedForItsNumber(String message, String name) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.questions()).as(message).contains(M.askMissingValue(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my daughter's anc is 900 per microliter today, can she go to daycare       | ANC 0.9 x10^9/L
            the kids' oncologist said his anc is 1.6 today                              | ANC 1.6 x10^9/L
            dad's counts today: white 5.2, platelets 250                                | WBC 5.2 x10^9/L, PLATELETS 250 x10^9/L
            white: 2.9 and hgb 11.1 this morning                                        | HEMOGLOBIN 11.1 g/dL, WBC 2.9 x10^9/L
            Plaquetas 95.000/mm3 hoy                                                    | PLATELETS 95 x10^9/L
            Leucocitos 3.800/mm³ y hemoglobina 12,1 g/dl                                 | HEMOGLOBIN 12.1 g/dL, WBC 3.8 x10^9/L
            platelets 250.000/µl today                                                  | PLATELETS 250 x10^9/L
            platelets 95 thou today, is 95 low                                          | PLATELETS 95 x10^9/L
            plt 45,000 this morning, is 45 dangerous                                    | PLATELETS 45 x10^9/L
            wbc 3.5 and anc 1.2 today                                                   | WBC 3.5 x10^9/L, ANC 1.2 x10^9/L
            hgb 9.8 today, is that why my iron feels low                                | HEMOGLOBIN 9.8 g/dL
            my hemoglobin is 10.4 today, is that my iron level                          | HEMOGLOBIN 10.4 g/dL
            wbc 3.1, plt 150, so are my neutrophils ok?                                 | WBC 3.1 x10^9/L, PLATELETS 150 x10^9/L
            rbc 4.5 and hemoglobin 13.2, so is my hemoglobin normal                     | HEMOGLOBIN 13.2 g/dL, RBC 4.5 x10^12/L
            hgb 10.1 today, that's from the clinic on main street                        | HEMOGLOBIN 10.1 g/dL
            i take my dog for walks and my platelets are 140 today                      | PLATELETS 140 x10^9/L
            my hemoglobin is 12 today, i'm a vet                                        | HEMOGLOBIN 12 g/dL
            hgb 11.5 on 03/04 this morning                                              | HEMOGLOBIN 11.5 g/dL
            """)
    void lookAlikesAreRead(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).as(message).isEqualTo(expected);
        assertThat(r.questions()).as(message).isEmpty();
    }

    /**
     * A child's neutrophil count written per microliter is read as the right number, and, as the
     * clinical reference asks for every child's count other than hemoglobin, judged only against
     * the lab's own range: the range (and the age when none is given) is asked for, never guessed.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ANC 2,300/uL this morning, my kid wants to go to a party                    | ANC 2.3 x10^9/L
            my 8 year old son's anc is 1,100 per microliter today                       | ANC 1.1 x10^9/L
            our 6 year old's neutrophils were 700/uL today, can she go to school        | ANC 0.7 x10^9/L
            """)
    void aChildsNeutrophilCountIsReadAndItsRangeAsked(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).as(message).isEqualTo(expected);
        assertThat(r.questions()).as(message).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i take iron 65 mg a day",
            "my iron pills are 325, should i take them with food",
            "is my iron infusion 510 mg",
            "what is a normal iron level",
            "what does mpv mean on a blood test",
            "my oxygen is fine, what is ferritin",
            "my white blanket is 3 years old",
    })
    void questionsWithoutAResultAreNotAskedAbout(String message) {
        assertThat(interpreter.extract(message).hasLabValues()).as(message).isFalse();
    }
}
