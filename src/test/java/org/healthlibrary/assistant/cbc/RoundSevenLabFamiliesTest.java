package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab reader's patterns found by blind round 7 (issue 16), each as a family of wordings
 * written for this test (not the blind sentences): a portal line whose unit writes "ten to the
 * power" in another way ({@code x10(3)/mcL}, {@code 10*3/uL}, {@code x10E3/mcL}) followed by an
 * H or L flag is read with its own value; a one- or two-letter name at the start of a sentence,
 * a number the care team or the portal said, and a bare number followed over time are asked
 * about (which test?). Look-alikes that are no lab values (ages, durations, temperatures, doses,
 * times, counted things, pain scores, weights, a number of tablets) are not asked about.
 */
class RoundSevenLabFamiliesTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Absolute Neutrophil Count 0.45 x10(3)/mcL L          | ANC 0.45 x10^9/L
            Platelets 38 x10(3)/uL (L)                            | PLATELETS 38 x10^9/L
            WBC 2.7 10*3/uL L                                     | WBC 2.7 x10^9/L
            White Blood Cell Count 11.9 10*3/mcL H                | WBC 11.9 x10^9/L
            Neutrophils Absolute 0.21 x10E3/mcL LL                | ANC 0.21 x10^9/L
            PLT 61 10(3)/mcL Low                                  | PLATELETS 61 x10^9/L
            ANC 1.05 x10^3/µL L                                   | ANC 1.05 x10^9/L
            WBC 3.05 K/uL L                                       | WBC 3.05 x10^9/L
            Platelet Count 502 thou/mcL H                         | PLATELETS 502 x10^9/L
            WBC 2.2 x10^(3)/uL L                                  | WBC 2.2 x10^9/L
            RBC 3.12 x10(6)/uL L                                  | RBC 3.12 x10^12/L
            RBC 3.4 10*6/uL L                                     | RBC 3.4 x10^12/L
            WBC 1.8 x10(9)/L L                                    | WBC 1.8 x10^9/L
            Neutrófilos absolutos 0.6 x10(3)/µL L                 | ANC 0.6 x10^9/L
            """)
    void portalUnitsWithAFlagAreReadWithTheirOwnValue(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).isEqualTo(expected);
        assertThat(r.questions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "N was 1.4 this week",
            "L is 0.6 on the new sheet",
            "M came back at 0.9",
            "Thanks for earlier. N was 2.2 today, what now",
            "N dropped to 0.8 since friday",
            "Mi N está en 1.4",
            "La L salió en 0.5 esta semana",
            "the nurse said 45 and looked kinda worried",
            "my oncologist told me it was 0.8 and didnt explain",
            "the doctor said only 1.9 when she called",
            "the portal showed 3.3 next to a red flag",
            "my chart says 140 with an arrow down",
            "la enfermera dijo 45 y se veía preocupada",
            "el doctor me dijo que estaba en 2.1",
            "it went from 90 to 60 since last week what should I do",
            "mine dropped from 150 to 40 in two weeks, is that bad",
            "my count went down from 3.1 to 1.2, worried",
            "the number fell from 11 to 8.5 over a month",
            "bajó de 90 a 60 desde la semana pasada, qué hago",
            "mi nivel pasó de 12 a 9, es grave?",
    })
    void aNumberWithoutATestNameAsksWhichTest(String message) {
        WhichTestAsked.assertAskedOnly(interpreter, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I was 45 when they found it",
            "HE WAS 12 WHEN IT STARTED",
            "I'm 45 and my daughter is 12",
            "I have 2 kids and took 500 mg tylenol",
            "my temp was 38.2 and I feel cold",
            "chemo day 8 of 21, what should I do about the mouth sores",
            "the doctor said 45 minutes and she was right",
            "the nurse said 2 more weeks of radiation",
            "the nurse said 3 cycles left",
            "the doctor said 38 is a fever",
            "the doctor said 100 mg twice a day",
            "my pain went from 3 to 8 what should I do",
            "my weight went from 150 to 140 is that bad",
            "the wait went from 2 to 4 hours, ridiculous",
            "my appointment moved from 3 to 4 pm",
            "they went from 90 to 60",
            "my appointment is at 3 and I have 2 questions",
            "tengo 45 años y dos hijos",
            "el dolor bajó de 8 a 3, qué bien",
            "the doctor said 2 tabs at night but can i take 3",
            "my nurse told me 1 puff then wait, is that normal",
            "la doctora dijo 2 pastillas y me preocupa",
    })
    void ordinaryNumbersAreNotAskedAbout(String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).isFalse();
        assertThat(x.questions()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            platelets went from 90 to 60 since last week what should I do | PLATELETS 60 x10^9/L
            the nurse said my hemoglobin is 8.4                            | HEMOGLOBIN 8.4 g/dL
            my ANC dropped from 1.5 to 0.9                                 | ANC 0.9 x10^9/L
            """)
    void aNamedValueInTheSameWordingsIsRead(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).isEqualTo(expected);
        assertThat(r.questions()).isEmpty();
    }
}
