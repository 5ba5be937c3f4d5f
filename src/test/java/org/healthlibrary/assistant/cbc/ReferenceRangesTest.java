package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The range chosen for each situation: lab range, adults by sex, WHO cut-offs for children and pregnancy. */
class ReferenceRangesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            HEMOGLOBIN  | MALE    | 13.5 | 17.5 | Adult range for men (CLINICAL-REFERENCE s1)
            HEMOGLOBIN  | FEMALE  | 12   | 15.5 | Adult range for women (CLINICAL-REFERENCE s1)
            HEMOGLOBIN  | UNKNOWN | 12   | 17.5 | Adult range, sex not given: women's lower limit, men's upper limit (CLINICAL-REFERENCE s1)
            HEMATOCRIT  | MALE    | 41   | 51   | Adult range for men (CLINICAL-REFERENCE s1)
            HEMATOCRIT  | FEMALE  | 36   | 47   | Adult range for women (CLINICAL-REFERENCE s1)
            HEMATOCRIT  | UNKNOWN | 36   | 51   | Adult range, sex not given: women's lower limit, men's upper limit (CLINICAL-REFERENCE s1)
            RBC         | MALE    | 4.5  | 5.9  | Adult range for men (CLINICAL-REFERENCE s1)
            RBC         | FEMALE  | 4.0  | 5.2  | Adult range for women (CLINICAL-REFERENCE s1)
            RBC         | UNKNOWN | 4.0  | 5.9  | Adult range, sex not given: women's lower limit, men's upper limit (CLINICAL-REFERENCE s1)
            WBC         | UNKNOWN | 4.0  | 11.0 | Adult range (CLINICAL-REFERENCE s1)
            ANC         | MALE    | 1.5  | 7.7  | Adult range (CLINICAL-REFERENCE s1)
            LYMPHOCYTES | FEMALE  | 1.0  | 4.8  | Adult range (CLINICAL-REFERENCE s1)
            PLATELETS   | UNKNOWN | 150  | 450  | Adult range (CLINICAL-REFERENCE s1)
            MCV         | UNKNOWN | 80   | 100  | Adult range (CLINICAL-REFERENCE s1)
            """)
    void adultDefaultsBySex(Analyte analyte, Sex sex, Double low, Double high, String source) {
        ReferenceRange r = select(analyte, LabContext.UNKNOWN.withSex(sex).withAgeYears(40.0), null)
                .range();
        assertThat(r).isEqualTo(new ReferenceRange(low, high, analyte.unit(), source));
    }

    @ParameterizedTest(name = "age {0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0      | UNKNOWN | -    | WHO gives no hemoglobin cut-off under 6 months: your lab's range is needed
            0.49   | UNKNOWN | -    | WHO gives no hemoglobin cut-off under 6 months: your lab's range is needed
            0.5    | UNKNOWN | 10.5 | WHO anemia cut-off for children 6-23 months (lower limit only)
            1.99   | UNKNOWN | 10.5 | WHO anemia cut-off for children 6-23 months (lower limit only)
            2      | UNKNOWN | 11.0 | WHO anemia cut-off for children 24-59 months (lower limit only)
            4.99   | UNKNOWN | 11.0 | WHO anemia cut-off for children 24-59 months (lower limit only)
            5      | UNKNOWN | 11.5 | WHO anemia cut-off for children 5-11 years (lower limit only)
            11.99  | UNKNOWN | 11.5 | WHO anemia cut-off for children 5-11 years (lower limit only)
            12     | UNKNOWN | 12.0 | WHO anemia cut-off for children 12-14 years (lower limit only)
            14.99  | MALE    | 12.0 | WHO anemia cut-off for children 12-14 years (lower limit only)
            15     | MALE    | 13.0 | WHO anemia cut-off for men 15 and older (lower limit only)
            15     | FEMALE  | 12.0 | WHO anemia cut-off for non-pregnant women 15 and older (lower limit only)
            17.99  | UNKNOWN | 12.0 | WHO anemia cut-off for non-pregnant women 15 and older (lower limit only)
            18     | MALE    | 13.5 | Adult range for men (CLINICAL-REFERENCE s1)
            """)
    void childrenHemoglobinFollowsWhoCutOffsByAge(double age, Sex sex, Double low, String source) {
        ReferenceRange r = select(Analyte.HEMOGLOBIN, LabContext.UNKNOWN.withSex(sex).withAgeYears(age),
                null).range();
        assertThat(r.low()).isEqualTo(low);
        assertThat(r.source()).isEqualTo(source);
    }

    @ParameterizedTest(name = "trimester {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | 11.0 | WHO anemia cut-off in pregnancy, 1st trimester (lower limit only)
            2 | 10.5 | WHO anemia cut-off in pregnancy, 2nd trimester (lower limit only)
            3 | 11.0 | WHO anemia cut-off in pregnancy, 3rd trimester (lower limit only)
            - | 11.0 | WHO anemia cut-off in pregnancy, 1st and 3rd trimesters (lower limit only)
            """)
    void pregnancyHemoglobinFollowsWhoCutOffsByTrimester(Integer trimester, double low, String source) {
        ReferenceRanges.Selection s = select(Analyte.HEMOGLOBIN,
                LabContext.UNKNOWN.withPregnant(true).withTrimester(trimester), null);
        assertThat(s.range()).isEqualTo(new ReferenceRange(low, null, "g/dL", source));
        assertThat(s.assumptions()).isEqualTo(trimester == null ? List.of(CbcEnglish.TRIMESTER_NOT_GIVEN) : List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HEMATOCRIT", "RBC", "WBC", "ANC", "LYMPHOCYTES", "PLATELETS", "MCV"})
    void otherCountsOfChildrenAndInPregnancyNeedTheLabsRange(Analyte analyte) {
        ReferenceRanges.Selection child = select(analyte, LabContext.UNKNOWN.withAgeYears(17.9), null);
        ReferenceRanges.Selection unknownAgeChild = select(analyte,
                LabContext.UNKNOWN.withChildMentioned(true), null);
        ReferenceRanges.Selection pregnant = select(analyte, LabContext.UNKNOWN.withPregnant(true), null);
        assertThat(child.needsLabRange()).isTrue();
        assertThat(child.range()).isEqualTo(new ReferenceRange(null, null, analyte.unit(),
                "No default range for children under 18: your lab's range is needed"));
        assertThat(unknownAgeChild.needsLabRange()).isTrue();
        assertThat(pregnant.needsLabRange()).isTrue();
        assertThat(pregnant.range().source()).isEqualTo("No default range in pregnancy: your lab's range is needed");
    }

    @Test
    void theLabsOwnRangeWinsForChildrenAndPregnancyToo() {
        double[] lab = {150, 400};
        for (LabContext c : List.of(LabContext.UNKNOWN, LabContext.UNKNOWN.withAgeYears(4.0),
                LabContext.UNKNOWN.withPregnant(true))) {
            ReferenceRanges.Selection s = select(Analyte.PLATELETS, c, lab);
            assertThat(s.range()).isEqualTo(new ReferenceRange(150.0, 400.0, "x10^9/L", "Your lab's range"));
            assertThat(s.needsLabRange()).isFalse();
            assertThat(s.assumptions()).isEmpty();
        }
    }

    @Test
    void saysWhichAssumptionWasMadeWhenSexOrAgeIsMissing() {
        assertThat(select(Analyte.HEMOGLOBIN, LabContext.UNKNOWN, null).assumptions())
                .containsExactly(CbcEnglish.SEX_NOT_GIVEN, CbcEnglish.AGE_NOT_GIVEN);
        assertThat(select(Analyte.PLATELETS, LabContext.UNKNOWN, null).assumptions())
                .containsExactly(CbcEnglish.AGE_NOT_GIVEN);
        assertThat(select(Analyte.HEMOGLOBIN, LabContext.UNKNOWN.withAgeYears(16.0), null)
                .assumptions()).containsExactly(CbcEnglish.TEEN_SEX_NOT_GIVEN);
    }

    @ParameterizedTest(name = "{0} {1}-{2} sane={3}")
    @CsvSource(delimiter = '|', textBlock = """
            PLATELETS  | 150  | 400   | true
            PLATELETS  | 1.5  | 4.0   | false
            WBC        | 9    | 30    | true
            WBC        | 4000 | 11000 | false
            HEMOGLOBIN | 14   | 24    | true
            HEMOGLOBIN | 0.5  | 1.5   | false
            """)
    void aLabRangeMustLookLikeARangeForThatAnalyte(Analyte analyte, double low, double high, boolean sane) {
        assertThat(ReferenceRanges.isSane(analyte, new double[] {low, high})).isEqualTo(sane);
    }

    private static ReferenceRanges.Selection select(Analyte a, LabContext ctx, double[] labRange) {
        return ReferenceRanges.select(a, ctx, labRange, CbcEnglish.MESSAGES);
    }
}
