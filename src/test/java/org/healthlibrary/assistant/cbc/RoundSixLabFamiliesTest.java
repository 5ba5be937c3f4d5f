package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab reader's patterns found by blind round 6 (issue 16), each as a family of wordings
 * written for this test (not the blind sentences), with look-alikes that must still be read:
 * today's value given with an older one as a trend is read; two candidates joined by "or",
 * two draws of the same day, malformed numbers with a comma and a point, a past value with a
 * hedged current one, corrections that go back and forth, a bound the writer was told followed
 * by a question, ambiguous short names and a Spanish number without a name are asked about.
 */
class RoundSixLabFamiliesTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            platelets 85 this morning, down from 120 last week      | PLATELETS 85 x10^9/L
            my wbc is 4.2 now, up from 2.1 in march                 | WBC 4.2 x10^9/L
            his anc is 1.5 today compared to 0.8 last time          | ANC 1.5 x10^9/L
            hgb 9.8 today vs 8.7 two weeks ago                      | HEMOGLOBIN 9.8 g/dL
            today's hemoglobin is 10.1, up from 8.9                 | HEMOGLOBIN 10.1 g/dL
            my platelets are 40, down from 90 before chemo          | PLATELETS 40 x10^9/L
            hgb 9 today, was 8 yesterday                            | HEMOGLOBIN 9 g/dL
            wbc 1.9 today and 2.8 last week                         | WBC 1.9 x10^9/L
            hemoglobin 9 now, it was 7 before the transfusion       | HEMOGLOBIN 9 g/dL
            my hemoglobin went up to 11 today from 9 last month     | HEMOGLOBIN 11 g/dL
            """)
    void todaysValueOfATrendIsRead(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).isEqualTo(expected);
        assertThat(r.questions()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hemoglobin 11.5 today                                   | HEMOGLOBIN 11.5 g/dL
            hgb was 10 last month and 11.5 today                    | HEMOGLOBIN 11.5 g/dL
            platelets were 45 last week, 88 this morning            | PLATELETS 88 x10^9/L
            my platelets were 30 last month and are 80 now          | PLATELETS 80 x10^9/L
            hgb 9 this morning, now 8 after the bleed               | HEMOGLOBIN 8 g/dL
            hgb went from 10 to 11.5                                | HEMOGLOBIN 11.5 g/dL
            platelets 150 from the lab this morning                 | PLATELETS 150 x10^9/L
            my hemoglobin is 10,4 today                             | HEMOGLOBIN 10.4 g/dL
            platelets 150,000 today                                 | PLATELETS 150 x10^9/L
            hgb 9.1 i think thats why im tired                      | HEMOGLOBIN 9.1 g/dL
            platelets 45 maybe that's why i bruise                  | PLATELETS 45 x10^9/L
            platelets 45 and i think i bruise easily                | PLATELETS 45 x10^9/L
            hgb 9.1 plus i feel tired                               | HEMOGLOBIN 9.1 g/dL
            hgb 9.5, some days i feel dizzy                         | HEMOGLOBIN 9.5 g/dL
            platelets 100, no sorry I meant 150                     | PLATELETS 150 x10^9/L
            hgb 9, sorry 9.5                                        | HEMOGLOBIN 9.5 g/dL
            wbc 3.3 sorry for all the questions                     | WBC 3.3 x10^9/L
            hgb 9.2 this morning and platelets 80 this afternoon    | HEMOGLOBIN 9.2 g/dL, PLATELETS 80 x10^9/L
            plaquetas en 8 mil                                      | PLATELETS 8 x10^9/L
            hgb 12.9 plt 240 wbc 6.6 all good i think?              | HEMOGLOBIN 12.9 g/dL, WBC 6.6 x10^9/L, PLATELETS 240 x10^9/L
            platelets 98 everything fine i guess                    | PLATELETS 98 x10^9/L
            """)
    void lookAlikesAreReadAsWritten(String message, String expected) {
        CbcReport r = interpreter.interpret(message);
        assertThat(Briefs.values(r)).isEqualTo(expected);
        assertThat(r.questions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 10.2, or 12.0? the nurse and the portal disagree    | HEMOGLOBIN
            my platelets are 70... or 17? cant read my own writing  | PLATELETS
            anc 0.9 or 1.9, the nurse said one and the paper says the other | ANC
            hemoglobin 7.9 - or 9.7? not sure                       | HEMOGLOBIN
            """)
    void twoCandidatesJoinedByOrAreAskedAbout(String message, Analyte analyte) {
        assertAskedExactNumber(message, analyte);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 9.2 this morning and 8.1 this afternoon                     | HEMOGLOBIN | 9.2 | 8.1
            platelets 40 at the first draw and 25 at the second draw, both today | PLATELETS | 40 | 25
            anc 0.6 in the morning and 1.6 in the evening, same day        | ANC        | 0.6 | 1.6
            my hemoglobin was 8 at the 7am draw and 10 at the noon draw today | HEMOGLOBIN | 8 | 10
            wbc 2.2 on the morning sample and 3.9 on the afternoon sample  | WBC        | 2.2 | 3.9
            """)
    void twoDrawsOfTheSameDayAreAskedAbout(String message, Analyte analyte, String first, String second) {
        CbcReport r = interpreter.interpret(message);
        assertThat(r.analytes()).isEmpty();
        assertThat(r.questions()).containsExactly(CbcEnglish.MESSAGES.askWhichValue(analyte.layName(), first, second));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb is 9,8.1 on the paper                               | HEMOGLOBIN
            platelets look like 1.2.3 on my photo                   | PLATELETS
            wbc 4,,5 what does that mean                            | WBC
            my anc reads 0,5.5                                      | ANC
            hemoglobin 10.2.1 today                                 | HEMOGLOBIN
            """)
    void commaAndPointNumbersAreAskedAbout(String message, Analyte analyte) {
        assertAskedOnly(message, analyte, CbcEnglish.MESSAGES.askUnreadable(analyte.layName()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb was 7 last week and like 9 now maybe                | HEMOGLOBIN
            wbc 1.1 before, now 3 something                         | WBC
            platelets were 20 in june and now 60 i think            | PLATELETS
            my anc was 0.3 and now its 1 point something            | ANC
            hemoglobin 8 last time, today about 10 i guess          | HEMOGLOBIN
            """)
    void aHedgedCurrentValueIsAskedAbout(String message, Analyte analyte) {
        assertAskedExactNumber(message, analyte);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 9.4 no wait 4.9, no sorry the 9.4 was right         | HEMOGLOBIN
            platelets 60 i mean 16, no wait 60 was last time        | PLATELETS
            anc 1.2 - sorry 2.1? no the 1.2 is right                | ANC
            wbc 5 actually 3, actually no 5                         | WBC
            hemoglobin 7.8 i meant 8.7, or wait the 7.8 was the hct | HEMOGLOBIN
            """)
    void correctionsBackAndForthAreAskedAbout(String message, Analyte analyte) {
        assertAskedOnly(message, analyte, CbcEnglish.MESSAGES.askWhichIsCurrent(analyte.layName()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my platelets are less than 20, how worried should i be         | PLATELETS
            the doctor said my hemoglobin is under 7, what does that mean for me | HEMOGLOBIN
            nurse told me wbc below 1, is that serious?                    | WBC
            my anc is under 0.5, can i go to work                          | ANC
            they said his platelets were below 10, how bad is that         | PLATELETS
            """)
    void aBoundTheWriterWasToldIsAskedAboutBeforeTheQuestion(String message, Analyte analyte) {
        assertAskedExactNumber(message, analyte);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "what happens if my platelets drop below 20, do i need a transfusion",
            "platelets under 20, what should i do?",
            "is a platelet count under 20 dangerous",
            "read on facebook that platelets under 10 means you can bleed to death in your sleep, is this real"})
    void aBoundInAQuestionIsNotAskedAbout(String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).isFalse();
        assertThat(x.questions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the sheet says 'ret 1.9' what is that",
            "lab slip: neu 1.4, is that ok",
            "my results say lym 2.0, is that good",
            "discharge paper reads gra 3.1 / L 1.2, are these normal",
            "the report just says N: 1.6 / M: 0.4, good or bad?",
            "mi resultado salió 3.4, está bien?",
            "el número del laboratorio dio 88, es normal?",
            "me salió 9.2 en el análisis, es bajo?",
            "en la hoja dice 140, qué significa?",
            "mis análisis salieron en 2.5, debo preocuparme?",
            "my result came back 1.2, is it bad?"})
    void ambiguousShortNamesAndNumbersWithoutANameAskWhichTest(String message) {
        WhichTestAsked.assertAskedOnly(interpreter, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tengo 45 años, es normal cansarse?",
            "mi cita es el lunes, qué significa ayunar?",
            "retic count explained please"})
    void spanishAndShortWordsWithoutLabNumbersAreNoLabValues(String message) {
        assertThat(interpreter.extract(message).hasLabValues()).isFalse();
    }

    /**
     * A neutrophil or lymphocyte number of 10-19 with no unit reads as a count by its size, but
     * when the other differential number of the message is clearly no count (20-499, a percent
     * or per microlitre), it may be a percent too: both are asked about, none is judged.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "lymphs 15 and neuts 70, whats that mean",
            "neutrophils 12 lymphocytes 80 on my sheet",
            "lymph 11 neut 65 is my immune system ok",
            "neuts 18, lymphs 45, good or bad",
    })
    void aSmallDifferentialNumberBesideAPercentLikeOneIsNotRead(String message) {
        CbcReport report = interpreter.interpret(message);
        assertThat(report.analytes()).noneMatch(a -> a.analyte() == Analyte.ANC || a.analyte() == Analyte.LYMPHOCYTES);
        assertThat(report.questions()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lymphs 12 on my report                                 | 12.0
            lymphs 1.2 and neuts 60                                | 1.2
            anc 12 and wbc 15                                      | 12.0
            """)
    void aSmallDifferentialNumberAloneOrBesideACountIsRead(String message, double value) {
        CbcReport report = interpreter.interpret(message);
        assertThat(report.analytes()).anyMatch(a -> (a.analyte() == Analyte.ANC || a.analyte() == Analyte.LYMPHOCYTES)
                && a.value() == value);
    }

    private void assertAskedExactNumber(String message, Analyte analyte) {
        assertAskedOnly(message, analyte, CbcEnglish.MESSAGES.askExactNumber(analyte.layName()));
    }

    /** Nothing of {@code message} is read; {@code analyte} is left unread and {@code question} is the only question. */
    private void assertAskedOnly(String message, Analyte analyte, String question) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.values()).isEmpty();
        assertThat(x.unread()).containsExactly(analyte);
        assertThat(x.questions()).containsExactly(question);
    }
}
