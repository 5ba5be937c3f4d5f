package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab reader's patterns found by blind round 9 (issue 16), each as a family of wordings
 * written for this test (not the blind sentences). A value that is no usable result of the
 * writer's blood count today is asked about, never read: a second source in the message with
 * another number, results the writer cannot tie to one person, an older value when the writer
 * asks about now, a value from before a treatment written "pre-", a count the lab could not
 * report, a value of another body fluid, a value the care team expects. A name with only a
 * range, a flag or "pending" after it is asked for its number. Look-alikes keep being read.
 */
class RoundNineLabFamiliesTest {

    private static final CbcMessages M = CbcEnglish.MESSAGES;
    private final CbcInterpreter interpreter = new CbcInterpreter(M);


    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my hgb is 8.6 today. but the other sheet in the envelope shows 10.4, same date          | hemoglobin
            platelets 95 this morning; another copy of the report says 59                          | platelet count
            wbc 3.3 on the portal. the other printout lists 8.3 for the same draw                  | white blood cell count
            anc 1.2 from today and the second page has 2.1, which do I believe                     | neutrophil count
            hemoglobin 10.1 today... a different screen in the app shows 11.0                      | hemoglobin
            """)
    void aSecondSourceWithAnotherNumberIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askWhichIsCurrent(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we both got labs today and the slips got mixed up, hgb 9.1 plt 140, not sure whose is whose",
            "these counts are either my husband's or my son's: wbc 2.9, anc 0.8",
            "found a result in the kitchen, could be mine or my sister's, platelets 60",
            "I forgot whose results these are, hemoglobin 8.2 and platelets 75",
            "the twins both had bloodwork, wbc 14, I mixed up the papers",
    })
    void resultsNotTiedToOnePersonAreAskedAbout(String message) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.analytes()).as(message).isEmpty();
        assertThat(r.questions()).as(message).contains(M.askWhoseResult());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my counts were bad two weeks ago, platelets 45, how about now                          | platelet count
            she was anemic at the last visit, hgb 8.1, what about today                             | hemoglobin
            his wbc was low last time, 1.9, are they any better now                                 | white blood cell count
            my anc was 0.6 a while ago, what is it now                                              | neutrophil count
            hgb 7.4 pre-transfusion, they gave two units, what is it now                            | hemoglobin
            plts 12 pre transfusion and one bag since, where are they now                           | platelet count
            """)
    void anOlderValueWhenTheWriterAsksAboutNowIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askNewerResult(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the lab note says platelets clumped, wbc 6.1, are my platelets really low               | white blood cell count
            report comment: unable to report an accurate platelet count, hgb 12.2                   | hemoglobin
            plt 48 but the lab says the sample clotted                                              | platelet count
            the analyzer could not report an accurate count, wbc 3.9                                | white blood cell count
            """)
    void aCountTheLabCouldNotReportIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askSampleFlagged(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wbc 25 but that might be the urine test                                                  | white blood cell count
            the urinalysis came back with wbc 40, is that an infection in my blood                  | white blood cell count
            wbc 9 on the urine sample, should I worry                                               | white blood cell count
            my wbc was 150 in the spinal fluid results                                              | white blood cell count
            """)
    void aValueOfAnotherBodyFluidIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askOtherSpecimen(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            labs are next week, the oncologist expects my platelets to be around 70                 | platelet count
            my nurse expects his anc to be about 0.4 by friday                                      | neutrophil count
            they predict her hemoglobin will be near 8 after this cycle                              | hemoglobin
            the team anticipates my wbc to come back around 2                                       | white blood cell count
            """)
    void aValueTheCareTeamExpectsIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askExpectedValue(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my platelets have a normal range of 150-400 printed, that's all I see                   | platelet count
            the wbc reference range 4.0-11.0 is there but no number                                 | white blood cell count
            hemoglobin shows an L flag but the value is blank                                       | hemoglobin
            my anc has a red flag next to it and no number                                          | neutrophil count
            ANC pending, plt 140, am I ok for chemo                                                 | neutrophil count
            hgb still pending, wbc 5.5                                                              | hemoglobin
            platelets not back yet, hemoglobin 10.9                                                 | platelet count
            """)
    void aNameWithoutItsNumberIsAskedForIt(String message, String name) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.questions()).as(message).contains(M.askMissingValue(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wbc 4.4, plt 210, hgb 34?? is that right                                                | 34
            my hemoglobin is 31 today                                                               | 31
            hb 38 and platelets 95, copied from the sheet                                           | 38
            hemoglobin came back 36.5, wbc 7                                                        | 36.5
            """)
    void aHemoglobinUnderFourAsGramsPerLitreIsAskedForItsUnit(String message, String value) {
        CbcReport r = LabTraps.asked(interpreter, message);
        assertThat(r.analytes()).extracting(AnalyteResult::analyte).as(message).doesNotContain(Analyte.HEMOGLOBIN);
        assertThat(r.questions()).as(message).contains(M.askUnitAmbiguous("hemoglobin", value, M.exampleHemoglobin()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 9.3 (reference range 12.0-15.5), is that low                                     | HEMOGLOBIN 9.3 g/dL
            Platelet count 455 150 - 450 K/uL H, drawn today                                     | PLATELETS 455 x10^9/L
            WBC 12.1 4.0 - 11.0 10*3/uL H / collected this morning                               | WBC 12.1 x10^9/L
            Hemoglobin 11.4 12.0 to 15.5 g/dL L, resulted today 7:05                             | HEMOGLOBIN 11.4 g/dL
            platelets 88 today, 150-400 is normal                                                | PLATELETS 88 x10^9/L
            hgb 41 g/L today                                                                     | HEMOGLOBIN 4.1 g/dL
            hemoglobin 95 today                                                                  | HEMOGLOBIN 9.5 g/dL
            hgb 34 g/L, they are giving blood now                                                | HEMOGLOBIN 3.4 g/dL
            hgb 8.8 on page one, platelets 140 on the other page                                 | HEMOGLOBIN 8.8 g/dL, PLATELETS 140 x10^9/L
            I have blood in my urine and my platelets are 35 today                               | PLATELETS 35 x10^9/L
            urine test was clear, wbc 7.1 on the blood count                                     | WBC 7.1 x10^9/L
            my mom's labs today: hgb 10.5, plt 220                                                | HEMOGLOBIN 10.5 g/dL, PLATELETS 220 x10^9/L
            hgb 7.9 today, they'll transfuse tomorrow                                            | HEMOGLOBIN 7.9 g/dL
            my counts were low last month but today hgb is 11.6                                  | HEMOGLOBIN 11.6 g/dL
            the doctor expected it, my platelets are 90 today                                    | PLATELETS 90 x10^9/L
            wbc 3.8 today, the pharmacist said my hair might clump                               | WBC 3.8 x10^9/L
            """)
    void lookAlikesAreRead(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).isEqualTo(expected);
        assertThat(r.questions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what is the normal range for platelets?",
            "what does an H flag next to my wbc mean?",
            "is a pending result bad news?",
    })
    void questionsWithoutAResultAreNotAskedAbout(String message) {
        assertThat(interpreter.extract(message).hasLabValues()).as(message).isFalse();
    }

    /**
     * Chemotherapy that ended months or years ago is no chemotherapy now (a fever then is not
     * neutropenic fever by that alone); days or weeks ago is still the time counts are low.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I finished chemo five years ago, and now I have a mild fever | false
            finished chemo in 2019, now a fever of 101                   | false
            done with chemo 2 years ago, temp 100.9 today                | false
            completed chemotherapy last year, fever today                | false
            terminé la quimio hace 3 años y tengo fiebre                 | false
            i finished chemo yesterday and now i have a fever            | true
            finished chemo 2 weeks ago and now fever 101                 | true
            my last chemo was 3 days ago and i have a fever              | true
            on chemo, fever 101                                          | true
            """)
    void chemotherapyThatEndedLongAgoIsNotChemotherapyNow(String message, boolean onChemo) {
        assertThat(interpreter.extract(message).toRequest().context().onChemotherapy()).as(message).isEqualTo(onChemo);
    }
}
