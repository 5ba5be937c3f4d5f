package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab reader's patterns found by blind round 8 (issue 16), each as a family of wordings
 * written for this test (not the blind sentences). A value that is no result of today is asked
 * about, never read: an older value while the newer one is pending, a value expected in the
 * future, a value whose date the writer does not know, a value the lab flagged as unreliable,
 * and a level the care team named with no result of the writer's own. A number that is unlikely
 * to mean what it would be read as is asked about: a "hemoglobin" that is most likely an A1c, a
 * platelet count no lab prints that way ("1.2", "1,500"), a tenfold change the writer doubts,
 * two readings in Spanish ("150 o 15"), and a list of numbers without names. Look-alikes in the
 * same wordings keep being read.
 */
class RoundEightLabFamiliesTest {

    private static final CbcMessages M = CbcEnglish.MESSAGES;
    private final CbcInterpreter interpreter = new CbcInterpreter(M);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hgb was 9.4 at the last visit, the new labs aren't back yet, can I travel           | hemoglobin
            my wbc was 2.2 last week and today's results are still pending                     | white blood cell count
            plt were 55 before the platelet transfusion, they'll recheck tonight                | platelet count
            his anc was 0.7 two days ago, still waiting on the new numbers                      | neutrophil count
            her hemoglobin was 7.9 before the transfusion, what is it now                       | hemoglobin
            platelets were 30 before the infusion and they will recheck in the morning          | platelet count
            """)
    void anOlderValueWhileTheNewerIsPendingIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askNewerResult(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the nurse thinks my platelets will drop to about 20 after this cycle                | platelet count
            my doctor expects my anc to bottom out near 0.3 on day 10                           | neutrophil count
            they said my hemoglobin is going to fall to around 8 with this chemo                | hemoglobin
            my wbc should dip to 1.5 next week, is that bad                                      | white blood cell count
            his platelets might drop as low as 15 at the nadir                                   | platelet count
            el médico dice que mis plaquetas van a bajar a 40                                    | platelet count
            """)
    void anExpectedValueIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askExpectedValue(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            cleaning out files I came across an old lab sheet, hemoglobin 11.8                  | hemoglobin
            wbc 4.1 on this paper but there's no date on it                                      | white blood cell count
            plt 120, not sure if that's from today or last month                                 | platelet count
            anc 1.9 but I don't know when it was taken                                           | neutrophil count
            my hgb 9.9 is either today's or yesterday's, the app is weird                        | hemoglobin
            encontré un papel viejo, hemoglobina 12.1                                            | hemoglobin
            """)
    void aValueOfUnknownDateIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askWhenTested(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            platelets 38, the report says clumped sample, please redraw                          | platelet count
            hgb 10.4 and a note saying specimen hemolyzed                                        | hemoglobin
            PLT 22 with comment: platelet aggregates seen, suggest repeat in citrate             | platelet count
            wbc 1.1 but the lab called to recollect because the sample was clotted               | white blood cell count
            plaquetas 40, dice que hay agregados plaquetarios                                    | platelet count
            """)
    void aValueTheLabFlaggedIsAskedAbout(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askSampleFlagged(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my oncologist said if my platelets fall below 10 they'll transfuse, am I ok           | platelet count
            the nurse told me if my anc drops under 0.5 to call, what does that mean for me       | neutrophil count
            dr said unless my hemoglobin gets below 7 no blood, should I worry                    | hemoglobin
            they said if his wbc goes over 50 we need to come in, is he fine                      | white blood cell count
            """)
    void aLevelTheCareTeamNamedIsNotReadAsAValue(String message, String name) {
        LabTraps.assertAsked(interpreter, message, M.askLatestResult(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my hemoglobin is 5.9 and my doctor called it borderline",
            "hemoglobin 6.8, they said I'm prediabetic",
            "my glycated hemoglobin came back 7.2",
            "hemoglobin a1c 6.1 today, what does that mean",
            "my hemoglobin was 6.3, is that diabetes?",
            "mi hemoglobina salió 6.4 y el doctor dijo que es el límite para diabetes",
    })
    void aHemoglobinThatIsMostLikelyAnA1cIsAskedAbout(String message) {
        LabExtraction x = interpreter.extract(message);
        CbcReport r = interpreter.interpret(x.toRequest());
        assertThat(r.analytes()).as(message).isEmpty();
        assertThat(r.questions()).as(message).contains(M.askA1c());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            plt 2.4 today             | 2.4
            my platelets are 1.7      | 1.7
            platelet count 3.5        | 3.5
            platelets 2,100 today     | 2100
            plt count 1,800           | 1800
            plaquetas 1,2 hoy         | 1.2
            """)
    void aPlateletCountNoLabPrintsThatWayIsAskedAbout(String message, String value) {
        LabTraps.assertAsked(interpreter, message, M.askUnitAmbiguous("platelet count", value, M.examplePlatelets()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            platelets 160 today, last week 16, can that be right                    | platelet count         | 160 | 16
            my wbc is 45 now and it was 4.4 on monday, is that even real               | white blood cell count | 45  | 4.4
            anc 0.2 today, it was 2.1 last time, did it really fall that much       | neutrophil count       | 0.2 | 2.1
            hgb 1.1 today, it was 11 before, is that even possible                  | hemoglobin             | 1.1 | 11
            """)
    void aTenfoldChangeTheWriterDoubtsIsAskedAbout(String message, String name, String value, String before) {
        LabExtraction x = interpreter.extract(message);
        CbcReport r = interpreter.interpret(x.toRequest());
        assertThat(r.analytes()).as(message).isEmpty();
        assertThat(r.questions()).as(message).contains(M.askBigChange(name, value, before));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mi hemoglobina salió 9 o 11? no se ve bien",
            "las plaquetas dieron 80 o 180, está borroso",
            "plaquetas 45 o 145, no leo bien el papel",
            "mis leucocitos fueron 3.1 o 8.1?",
    })
    void twoReadingsInSpanishAreAskedAbout(String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).as(message).isTrue();
        assertThat(interpreter.interpret(x.toRequest()).analytes()).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "counts today 9.8, 140, 3.2 - good?",
            "labs this morning: 11 / 250 / 6",
            "my numbers are 7.5, 60 and 1.1, what now",
            "results came back 10.2, 85, 2.4",
            "mis resultados de hoy 10, 150 y 3",
    })
    void aListOfNumbersWithoutNamesAsksWhichTest(String message) {
        WhichTestAsked.assertAskedOnly(interpreter, message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            platelets were 30 yesterday and 41 today, still waiting on the iron results          | PLATELETS 41 x10^9/L
            hgb 8.8 today, they'll recheck after the transfusion                                 | HEMOGLOBIN 8.8 g/dL
            my anc is 0.9 today and it will probably go lower next week                          | ANC 0.9 x10^9/L
            I will get chemo tomorrow if my anc is 1.6                                           | ANC 1.6 x10^9/L
            my hemoglobin is 12.4 and my a1c doctor is happy                                     | HEMOGLOBIN 12.4 g/dL
            hemoglobin 9.4, I'm diabetic, is that low                                            | HEMOGLOBIN 9.4 g/dL
            platelets 1500 x10^9/L today                                                         | PLATELETS 1500 x10^9/L
            platelets 3 today, the hematologist is admitting me                                  | PLATELETS 3 x10^9/L
            platelets 85,000 today                                                               | PLATELETS 85 x10^9/L
            wbc 31 today, it was 3.0 last week                                                   | WBC 31 x10^9/L
            plt 40 today, was 150 last month, is that right                                      | PLATELETS 40 x10^9/L
            my hgb is 9.1 today, the doctor said if it drops under 8 I need blood                 | HEMOGLOBIN 9.1 g/dL
            my hgb was 8.5 and they'll recheck next week                                          | HEMOGLOBIN 8.5 g/dL
            my hair is coming out in clumps, platelets 80                                         | PLATELETS 80 x10^9/L
            I have hemolysis from my heart valve, hgb 9.8                                         | HEMOGLOBIN 9.8 g/dL
            my picc line clotted, plt 210                                                         | PLATELETS 210 x10^9/L
            i'm diabetic and on dialysis, hemoglobin 7.6                                          | HEMOGLOBIN 7.6 g/dL
            my hgb is 9 and I've been tired for 90 days, is that right                            | HEMOGLOBIN 9 g/dL
            found my old labs from 2019, but today my wbc is 5.2                                  | WBC 5.2 x10^9/L
            counts today: wbc 4.1, plt 180                                                        | WBC 4.1 x10^9/L, PLATELETS 180 x10^9/L
            """)
    void lookAlikesAreRead(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).isEqualTo(expected);
        assertThat(r.questions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what happens if platelets go under 10?",
            "my kids are 8, 10 and 12 and I have chemo on days 1, 8 and 15",
            "what does borderline anemia mean?",
            "the doctor said my sugar was borderline",
    })
    void questionsWithoutAResultAreNotAskedAbout(String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).as(message).isFalse();
        assertThat(x.questions()).as(message).isEqualTo(List.of());
    }

    /** A fever-shaped number a person "is" is a temperature, never a second reading of the count before it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            her ANC was 200 yesterday and now shes 101.5          | 38.6
            his anc was 0.3 this morning and now he's 102.3       | 39.1
            anc 0.4 and i'm 38.6                                  | 38.6
            wbc 0.8, my son is 101.2 now                          | 38.4
            ANC 0.2 yesterday, now i am 100.9 and shivering       | 38.3
            """)
    void aNumberAPersonIsIsATemperature(String message, double celsius) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.toRequest().context().temperatureC()).as(message).isEqualTo(celsius);
        assertThat(x.toRequest().values()).as(message).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platelets were 90 and now they're 101.5", "my hemoglobin is 10.5", "she is 5, her wbc is 4.2"})
    void aNumberNoPersonIsStaysWhatItWas(String message) {
        assertThat(interpreter.extract(message).toRequest().context().temperatureC()).as(message).isNull();
    }
}
