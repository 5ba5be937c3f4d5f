package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole reports for the cases the issue names, asserted exactly. */
class CbcInterpreterTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @Test
    void hemoglobinAndPlateletsWithSexUnknown() {
        CbcReport r = interpreter.interpret("my hemoglobin is 9.1 and platelets 90");
        assertThat(r.analytes()).containsExactly(
                new AnalyteResult(Analyte.HEMOGLOBIN, 9.1, "g/dL", Status.LOW, 2, new ReferenceRange(12.0, 17.5, "g/dL",
                        "Adult range, sex not given: women's lower limit, men's upper limit (CLINICAL-REFERENCE s1)")),
                new AnalyteResult(Analyte.PLATELETS, 90, "x10^9/L", Status.LOW, 1, new ReferenceRange(150.0, 450.0,
                        "x10^9/L", "Adult range (CLINICAL-REFERENCE s1)")));
        assertThat(r.pattern()).isEqualTo(CbcPattern.BICYTOPENIA);
        assertThat(r.highFlags()).isEmpty();
        assertThat(r.urgency()).isEqualTo(Urgency.SOON);
        assertThat(r.reasons()).containsExactly(
                "Hemoglobin below the range used: book a visit to discuss it.",
                "Platelets below the range used: book a visit to discuss it.",
                CbcEnglish.LINES_LOW);
        assertThat(r.questions()).isEmpty();
        assertThat(r.assumptions()).containsExactly(CbcEnglish.SEX_NOT_GIVEN, CbcEnglish.AGE_NOT_GIVEN);
        assertThat(r.ruleSet()).isEqualTo(CbcEnglish.RULE_SET).contains("CTCAE v5.0");
        assertThat(r.summary()).isEqualTo("Low: hemoglobin 9.1 g/dL (normal 12 to 17.5), platelet count 90 x10^9/L "
                + "(normal 150 to 450). Two kinds of blood cells are low. This is called bicytopenia. It has many "
                + "possible causes. Grades show how far below normal a count is, from 1 (a little) to 4 (very far), on "
                + "the CTCAE v5.0 scale: hemoglobin grade 2, platelet count grade 1. Please book a visit with your "
                + "care team to talk about these results. Only your care team can say what these results mean for "
                + "you.");
    }

    @Test
    void theLabsOwnRangeWinsOverTheDefault() {
        CbcReport r = interpreter.interpret("I'm a 40 year old man. platelets 155 (160-400), hgb 13.2 (12.5-16.5)");
        assertThat(r.analytes()).containsExactly(
                new AnalyteResult(Analyte.HEMOGLOBIN, 13.2, "g/dL", Status.NORMAL, null,
                        new ReferenceRange(12.5, 16.5, "g/dL", "Your lab's range")),
                new AnalyteResult(Analyte.PLATELETS, 155, "x10^9/L", Status.LOW, 1,
                        new ReferenceRange(160.0, 400.0, "x10^9/L", "Your lab's range")));
        assertThat(r.assumptions()).isEmpty();
    }

    @Test
    void aLabRangeThatDoesNotFitIsIgnoredAndSaid() {
        CbcReport r = interpreter.interpret("platelets 120 (1.5-4.0), age 30");
        assertThat(r.analytes().getFirst().referenceRange().source()).isEqualTo("Adult range (CLINICAL-REFERENCE s1)");
        assertThat(r.assumptions()).containsExactly("The range given for the platelet count could not be read as a "
                + "platelet count range, so the default range was used.");
    }

    @Test
    void aChildsHemoglobinUsesWhoAndOtherCountsAreNotJudged() {
        CbcReport r = interpreter.interpret("my 6 year old son has hgb 10.9, platelets 90 and wbc 5.5 (5.0-14.5)");
        assertThat(Briefs.statuses(r)).isEqualTo("HEMOGLOBIN LOW 1, WBC NORMAL -, PLATELETS NOT_JUDGED -");
        assertThat(r.analytes().getFirst().referenceRange()).isEqualTo(new ReferenceRange(11.5, null, "g/dL",
                "WHO anemia cut-off for children 5-11 years (lower limit only)"));
        assertThat(r.pattern()).isEqualTo(CbcPattern.ANEMIA);
        assertThat(r.urgency()).isEqualTo(Urgency.SOON);
        assertThat(r.questions()).containsExactly("What normal range did your lab print next to each of these: "
                + "platelet count? Normal ranges differ for children and in pregnancy, so we need your lab's own range "
                + "to judge them. For example: platelets 120 (150-400).");
        assertThat(r.reasons()).contains("Platelets cannot be judged without your lab's range: ask your care team "
                + "about it at a visit.");
    }

    @Test
    void aChildWithoutAnAgeIsAskedForTheAge() {
        CbcReport r = interpreter.interpret("my toddler's hemoglobin is 10.2");
        assertThat(Briefs.statuses(r)).isEqualTo("HEMOGLOBIN NOT_JUDGED -");
        assertThat(r.questions()).first().isEqualTo("How old is your child? Normal ranges depend on age.");
    }

    @Test
    void criticalThresholdsStillApplyToChildren() {
        CbcReport r = interpreter.interpret("my 4 year old daughter, platelets 12");
        assertThat(Briefs.statuses(r)).isEqualTo("PLATELETS NOT_JUDGED -");
        assertThat(r.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(r.reasons()).containsExactly(CbcEnglish.PLT_BELOW_20);
    }

    @Test
    void pregnancyUsesTheTrimesterCutOff() {
        CbcReport second = interpreter.interpret("I'm 20 weeks pregnant, hb 10.7");
        CbcReport third = interpreter.interpret("I'm 30 weeks pregnant, hb 10.7");
        CbcReport unknown = interpreter.interpret("I'm pregnant, hb 10.7");
        assertThat(Briefs.statuses(second)).isEqualTo("HEMOGLOBIN NORMAL -");
        assertThat(Briefs.statuses(third)).isEqualTo("HEMOGLOBIN LOW 1");
        assertThat(Briefs.statuses(unknown)).isEqualTo("HEMOGLOBIN LOW 1");
        assertThat(unknown.assumptions()).contains(CbcEnglish.TRIMESTER_NOT_GIVEN);
    }

    @Test
    void ancFromADifferential() {
        CbcReport r = interpreter.interpret("wbc 3.2 neutrophils 40% bands 5%, age 50");
        assertThat(Briefs.values(r)).isEqualTo("WBC 3.2 x10^9/L, ANC 1.44 x10^9/L");
        assertThat(Briefs.statuses(r)).isEqualTo("WBC LOW 1, ANC LOW 2");
        assertThat(r.pattern()).isEqualTo(CbcPattern.NEUTROPENIA);
        assertThat(r.assumptions()).contains("ANC worked out from your differential: WBC 3.2 x (neutrophils 40% + "
                + "bands 5%) / 100 = 1.44 x10^9/L.");
    }

    @Test
    void aDifferentialWithoutWbcAsksForIt() {
        CbcReport r = interpreter.interpret("neutrophils 60%");
        assertThat(r.analytes()).isEmpty();
        assertThat(r.questions()).containsExactly("To work out the neutrophil count from the neutrophil percentage, we "
                + "also need your WBC (white blood cell count) with its unit, for example 6.5 x10^9/L.");
    }

    @Test
    void anAbsoluteCountWinsOverThePercentage() {
        CbcReport r = interpreter.interpret("wbc 3.2, neutrophils 60%, anc 0.9");
        assertThat(Briefs.values(r)).isEqualTo("WBC 3.2 x10^9/L, ANC 0.9 x10^9/L");
    }

    @Test
    void todaysValueIsUsedWhenAPastOneIsGivenToo() {
        CbcReport r = interpreter.interpret("hgb was 11.0, now hgb 9.3");
        assertThat(Briefs.values(r)).isEqualTo("HEMOGLOBIN 9.3 g/dL");
        assertThat(r.questions()).isEmpty();
    }

    @Test
    void twoValuesForOneAnalyteAreAskedAboutNeverGuessed() {
        CbcReport r = interpreter.interpret("hgb 9.0 on one line and hemoglobin 11.4 on another");
        assertThat(r.analytes()).isEmpty();
        assertThat(r.questions()).containsExactly(
                "You gave two different hemoglobin values (9 and 11.4). Which one is from your latest report?");
    }

    @Test
    void neutropenicFeverIsAnEmergency() {
        CbcReport r = interpreter.interpret("I'm on chemo, temp 38.6 C, ANC 0.4");
        assertThat(r.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(r.reasons()).containsExactly(CbcEnglish.FEVER_LOW_ANC, CbcEnglish.FEVER_CHEMO,
                CbcEnglish.ANC_BELOW_05);
        assertThat(r.summary()).contains("This can be an emergency. Call your care team or go to the emergency room now.");
    }

    @Test
    void implausibleValuesAreNotClassifiedButAskedAbout() {
        CbcReport r = interpreter.interpret("hgb 0, platelets 90");
        assertThat(Briefs.values(r)).isEqualTo("PLATELETS 90 x10^9/L");
        assertThat(r.questions()).containsExactly("The hemoglobin value 0 looks mistyped. Please check it and give it "
                + "with its unit, for example 12.5 g/dL.");
        assertThat(r.summary()).endsWith("Some numbers need more details. Please see the questions. Only your care "
                + "team can say what these results mean for you.");
    }

    @Test
    void structuredInputGivesTheSameReportAsText() {
        LabRequest structured = LabRequest.of(List.of(LabValue.of(Analyte.HEMOGLOBIN, 9.1, LabUnit.G_PER_DL),
                LabValue.of(Analyte.PLATELETS, 90_000, LabUnit.PER_UL)), LabContext.UNKNOWN.withSex(Sex.FEMALE)
                .withAgeYears(34.0));
        CbcReport fromText = interpreter.interpret("34 year old woman: hemoglobin 9.1 g/dL, platelets 90,000/uL");
        assertThat(interpreter.interpret(structured)).isEqualTo(fromText);
    }

    @Test
    void nothingToClassify() {
        CbcReport r = interpreter.interpret("what is a low platelet count?");
        assertThat(r.analytes()).isEmpty();
        assertThat(r.pattern()).isEqualTo(CbcPattern.NONE);
        assertThat(r.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(r.reasons()).containsExactly(CbcEnglish.NOTHING_READ);
        assertThat(r.summary()).isEqualTo("We did not find any blood count numbers to look at.");
    }
}
