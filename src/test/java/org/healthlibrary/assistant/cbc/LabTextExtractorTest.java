package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the extractor reads from free text, and what it must not read. */
class LabTextExtractorTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my hemoglobin is 9.1 and platelets 90                 | HEMOGLOBIN 9.1 g/dL, PLATELETS 90 x10^9/L
            hgb 9.1, wbc 3.2 and plt 85k                          | HEMOGLOBIN 9.1 g/dL, WBC 3.2 x10^9/L, PLATELETS 85 x10^9/L
            Hemoglobin: 9.1                                       | HEMOGLOBIN 9.1 g/dL
            My hemoglobin came back at 9.1                        | HEMOGLOBIN 9.1 g/dL
            hemoglobin this morning was 9.1 g/dL                  | HEMOGLOBIN 9.1 g/dL
            Hemoglobin (Hgb) 9.1 g/dL                             | HEMOGLOBIN 9.1 g/dL
            hgb9.1                                                | HEMOGLOBIN 9.1 g/dL
            Hb 9.1                                                | HEMOGLOBIN 9.1 g/dL
            HGB 9.1                                               | HEMOGLOBIN 9.1 g/dL
            haemoglobin 9.1                                       | HEMOGLOBIN 9.1 g/dL
            hemo 9.1                                              | HEMOGLOBIN 9.1 g/dL
            hct 33%                                               | HEMATOCRIT 33 %
            PCV 33                                                | HEMATOCRIT 33 %
            hematocrit 0.33                                       | HEMATOCRIT 33 %
            hct 0.33 L/L                                          | HEMATOCRIT 33 %
            red count 4.1                                         | RBC 4.1 x10^12/L
            RBC 4.1 million/uL                                    | RBC 4.1 x10^12/L
            erythrocytes 4.1 x10^12/L                             | RBC 4.1 x10^12/L
            RBC 4,100,000                                         | RBC 4.1 x10^12/L
            RBC 4.1 M/µL                                          | RBC 4.1 x10^12/L
            white count 3.2                                       | WBC 3.2 x10^9/L
            leukocytes 3.2                                        | WBC 3.2 x10^9/L
            white cells 3.2                                       | WBC 3.2 x10^9/L
            white blood cell count of 3.2                         | WBC 3.2 x10^9/L
            wbc 4500                                              | WBC 4.5 x10^9/L
            WBC 4.5 x10^9/L                                       | WBC 4.5 x10^9/L
            WBC 4.5 x 10⁹/L                                       | WBC 4.5 x10^9/L
            WBC 4.5 10^9/L                                        | WBC 4.5 x10^9/L
            wbc 4.5 K/uL                                          | WBC 4.5 x10^9/L
            wbc 4.5 thou/uL                                       | WBC 4.5 x10^9/L
            wbc 4.5 x10^3/uL                                      | WBC 4.5 x10^9/L
            wbc 4.5 /nL                                           | WBC 4.5 x10^9/L
            wbc 4500/uL                                           | WBC 4.5 x10^9/L
            wbc 4500 cells/mm3                                    | WBC 4.5 x10^9/L
            wbc 4.5k                                              | WBC 4.5 x10^9/L
            wbc 5.2 G/L                                           | WBC 5.2 x10^9/L
            ANC 1.2                                               | ANC 1.2 x10^9/L
            ANC 1,200                                             | ANC 1.2 x10^9/L
            absolute neutrophil count 1200/mm3                    | ANC 1.2 x10^9/L
            neuts 1.2                                             | ANC 1.2 x10^9/L
            segs 1.2                                              | ANC 1.2 x10^9/L
            granulocytes 1.2                                      | ANC 1.2 x10^9/L
            lymphocytes 0.6                                       | LYMPHOCYTES 0.6 x10^9/L
            lymphs 600                                            | LYMPHOCYTES 0.6 x10^9/L
            ALC 0.6                                               | LYMPHOCYTES 0.6 x10^9/L
            platelets 85,000                                      | PLATELETS 85 x10^9/L
            platelets eighty-five thousand                        | PLATELETS 85 x10^9/L
            plt one fifty                                         | PLATELETS 150 x10^9/L
            PLT 150                                               | PLATELETS 150 x10^9/L
            thrombocytes 150                                      | PLATELETS 150 x10^9/L
            platelet count 150 K/uL                               | PLATELETS 150 x10^9/L
            platelets 150,000/uL                                  | PLATELETS 150 x10^9/L
            platelets 150k                                        | PLATELETS 150 x10^9/L
            platelets 150 thousand                                | PLATELETS 150 x10^9/L
            platelets a hundred and fifty thousand                | PLATELETS 150 x10^9/L
            platelets 1.5 lakh                                    | PLATELETS 150 x10^9/L
            platelets 0.15 million                                | PLATELETS 150 x10^9/L
            MCV 72                                                | MCV 72 fL
            mcv 72 fL                                             | MCV 72 fL
            hgb 95 g/L                                            | HEMOGLOBIN 9.5 g/dL
            hgb 95                                                | HEMOGLOBIN 9.5 g/dL
            hgb 6.2 mmol/L                                        | HEMOGLOBIN 10 g/dL
            hemoglobin nine point one                             | HEMOGLOBIN 9.1 g/dL
            hemoglobin twelve point five                          | HEMOGLOBIN 12.5 g/dL
            hgb 12,5                                              | HEMOGLOBIN 12.5 g/dL
            wbc two point eight                                   | WBC 2.8 x10^9/L
            90k platelets and 9.1 hemoglobin                      | HEMOGLOBIN 9.1 g/dL, PLATELETS 90 x10^9/L
            platelets dropped to 85k                              | PLATELETS 85 x10^9/L
            platelets went from 120 to 85                         | PLATELETS 85 x10^9/L
            my platelets are 90, is that low?                     | PLATELETS 90 x10^9/L
            hemoglobin nine point one and platelets ninety        | HEMOGLOBIN 9.1 g/dL, PLATELETS 90 x10^9/L
            I'm a 34 year old woman with hemoglobin 11            | HEMOGLOBIN 11 g/dL
            I'm 34, hemoglobin 12.5                               | HEMOGLOBIN 12.5 g/dL
            temp 101.2 and wbc 0.8                                | WBC 0.8 x10^9/L
            38.6 C fever, ANC 0.4                                 | ANC 0.4 x10^9/L
            platelets 120 (150-400)                               | PLATELETS 120 x10^9/L
            Platelets (150-400): 120                              | PLATELETS 120 x10^9/L
            vitamin b12 is 200 and hemoglobin 11                  | HEMOGLOBIN 11 g/dL
            hba1c 6.5, hemoglobin 14                              | HEMOGLOBIN 14 g/dL
            on 3/12 my hgb was 9.1                                | HEMOGLOBIN 9.1 g/dL
            at 10:30 hgb was 9                                    | HEMOGLOBIN 9 g/dL
            bp 120/80, hgb 12                                     | HEMOGLOBIN 12 g/dL
            Day 10 of chemo: platelets 40                         | PLATELETS 40 x10^9/L
            platelets 2 weeks ago were 90                         | PLATELETS 90 x10^9/L
            Hgb 9.1 WBC 3.2 PLT 85 ANC 1.1 MCV 101 HCT 28 RBC 3.1 | HEMOGLOBIN 9.1 g/dL, HEMATOCRIT 28 %, RBC 3.1 x10^12/L, WBC 3.2 x10^9/L, ANC 1.1 x10^9/L, PLATELETS 85 x10^9/L, MCV 101 fL
            """)
    void readsValuesWithUnitsAndSpokenForms(String text, String expected) {
        assertThat(Briefs.values(interpreter.interpret(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            platelets 120 (150-400)                  | PLATELETS 120 (150-400)
            platelets 120 (ref 150-400)              | PLATELETS 120 (150-400)
            platelets 120, normal range 150 to 400   | PLATELETS 120 (150-400)
            Platelets (150-400): 120                 | PLATELETS 120 (150-400)
            platelets 120 [150 - 400]                | PLATELETS 120 (150-400)
            hgb 9.5 (12.0 - 15.5 g/dL)               | HEMOGLOBIN 9.5 (12-15.5 G_PER_DL)
            WBC 4500 (4000-11000)                    | WBC 4500 (4000-11000)
            hgb 95 g/L (120-160)                     | HEMOGLOBIN 95 G_PER_L (120-160)
            platelets 120 (150 -400)                 | PLATELETS 120 (150-400)
            """)
    void readsTheLabsOwnRangeAndNeverTakesItsBoundsAsValues(String text, String expected) {
        assertThat(Briefs.extracted(interpreter.extract(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "what is a low platelet count?",
            "is pancytopenia leukemia?",
            "What does a CBC measure?",
            "what happens if platelets are below 20?",
            "is a platelet count under 100 dangerous?",
            "can hemoglobin be too high?",
            "I'm a 34 year old woman",
            "temp 101.2",
            "my fever was 38.6 C",
            "I had 3 kids and my platelets were always fine",
            "hemoglobin and platelets",
            "the normal range is 150-400",
            "",
            "   "})
    void findsNoLabValueInQuestionsOrContextOnly(String text) {
        assertThat(interpreter.extract(text).hasLabValues()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platelets 3000", "Hgb 0", "hemoglobin -5", "wbc 300", "hemoglobin 27",
            "platelets 6000 x10^9/L", "hgb 9 K/uL"})
    void aValueThatMustBeAskedAboutStillCountsAsALabValue(String text) {
        LabExtraction x = interpreter.extract(text);
        assertThat(x.hasLabValues()).isTrue();
        CbcReport r = interpreter.interpret(text);
        assertThat(r.analytes()).isEmpty();
        assertThat(r.questions()).hasSize(1);
    }

    @Test
    void readsBandsAndPercentagesOfADifferential() {
        LabExtraction x = interpreter.extract("wbc 3.2 neutrophils 60% bands 5%");
        assertThat(Briefs.extracted(x)).isEqualTo("WBC 3.2, ANC 60 PERCENT");
        assertThat(x.bandPercent()).isEqualTo(5.0);
    }

    @Test
    void nullTextReadsAsEmpty() {
        assertThat(interpreter.extract(null).hasLabValues()).isFalse();
    }
}
