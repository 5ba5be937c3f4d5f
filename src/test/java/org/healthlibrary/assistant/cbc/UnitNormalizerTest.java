package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every unit, the magnitude rules for unit-less numbers on both sides of each limit, and what is asked. */
class UnitNormalizerTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            HEMOGLOBIN  | 9.1     | G_PER_DL   | 9.1
            HEMOGLOBIN  | 95      | G_PER_L    | 9.5
            HEMOGLOBIN  | 6.2     | MMOL_PER_L | 10
            HEMOGLOBIN  | 5.586   | MMOL_PER_L | 9
            HEMATOCRIT  | 33      | PERCENT    | 33
            HEMATOCRIT  | 0.33    | L_PER_L    | 33
            RBC         | 4.1     | E12_PER_L  | 4.1
            RBC         | 4100000 | PER_UL     | 4.1
            WBC         | 4.5     | E9_PER_L   | 4.5
            WBC         | 4500    | PER_UL     | 4.5
            WBC         | 4.5     | G_PER_L    | 4.5
            ANC         | 1200    | PER_UL     | 1.2
            LYMPHOCYTES | 0.6     | E9_PER_L   | 0.6
            PLATELETS   | 150000  | PER_UL     | 150
            PLATELETS   | 150     | E9_PER_L   | 150
            MCV         | 72      | FL         | 72
            HEMOGLOBIN  | 3       | -          | 3
            HEMOGLOBIN  | 25      | -          | 25
            HEMOGLOBIN  | 30      | -          | 3
            HEMOGLOBIN  | 250     | -          | 25
            HEMATOCRIT  | 10      | -          | 10
            HEMATOCRIT  | 80      | -          | 80
            HEMATOCRIT  | 0.1     | -          | 10
            HEMATOCRIT  | 0.8     | -          | 80
            RBC         | 10      | -          | 10
            RBC         | 100000  | -          | 0.1
            WBC         | 200     | -          | 200
            WBC         | 500     | -          | 0.5
            WBC         | 0       | -          | 0
            ANC         | 0       | -          | 0
            ANC         | 500     | -          | 0.5
            LYMPHOCYTES | 500     | -          | 0.5
            PLATELETS   | 2000    | -          | 2000
            PLATELETS   | 5000    | -          | 5
            PLATELETS   | 85000   | -          | 85
            HEMOGLOBIN  | 25      | G_PER_DL   | 25
            HEMOGLOBIN  | 0.1     | G_PER_DL   | 0.1
            PLATELETS   | 5000    | E9_PER_L   | 5000
            WBC         | 1000    | E9_PER_L   | 1000
            MCV         | 40.5    | -          | 40.5
            MCV         | 150     | -          | 150
            """)
    void normalises(Analyte analyte, double value, LabUnit unit, double expected) {
        UnitNormalizer.Outcome out = UnitNormalizer.normalize(analyte, value, unit);
        assertThat(out).isInstanceOf(UnitNormalizer.Normalized.class);
        assertThat(((UnitNormalizer.Normalized) out).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> ask")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            HEMOGLOBIN  | 2.9     | -          | has no unit
            HEMOGLOBIN  | 25.1    | -          | has no unit
            HEMOGLOBIN  | 29.9    | -          | has no unit
            HEMOGLOBIN  | 250.1   | -          | has no unit
            HEMOGLOBIN  | 0       | -          | looks mistyped
            HEMOGLOBIN  | 0       | G_PER_DL   | looks mistyped
            HEMOGLOBIN  | 25.1    | G_PER_DL   | looks mistyped
            HEMOGLOBIN  | -5      | -          | looks mistyped
            HEMOGLOBIN  | 9       | E9_PER_L   | does not fit
            HEMATOCRIT  | 9.9     | -          | has no unit
            HEMATOCRIT  | 80.1    | -          | has no unit
            HEMATOCRIT  | 0.09    | -          | has no unit
            RBC         | 10.1    | -          | has no unit
            RBC         | 99999   | -          | has no unit
            RBC         | 4.1     | G_PER_DL   | does not fit
            WBC         | 200.1   | -          | has no unit
            WBC         | 499.9   | -          | has no unit
            WBC         | -1      | -          | looks mistyped
            WBC         | 2000    | E9_PER_L   | looks mistyped
            ANC         | 300     | -          | has no unit
            ANC         | 200     | -          | has no unit
            PLATELETS   | 2000.1  | -          | has no unit
            PLATELETS   | 4999    | -          | has no unit
            PLATELETS   | 5001    | E9_PER_L   | looks mistyped
            PLATELETS   | 0       | -          | looks mistyped
            PLATELETS   | 150     | G_PER_DL   | does not fit
            PLATELETS   | 150     | PERCENT    | does not fit
            MCV         | 39      | -          | has no unit
            MCV         | 151     | -          | has no unit
            MCV         | 90      | PERCENT    | does not fit
            ANC         | 101     | PERCENT    | looks mistyped
            """)
    void asksInsteadOfGuessing(Analyte analyte, double value, LabUnit unit, String expectedPhrase) {
        UnitNormalizer.Outcome out = UnitNormalizer.normalize(analyte, value, unit);
        assertThat(out).isInstanceOf(UnitNormalizer.Ask.class);
        assertThat(((UnitNormalizer.Ask) out).question(CbcEnglish.MESSAGES)).contains(expectedPhrase).contains("unit");
    }

    @Test
    void asksWithTheValueAndAnExampleUnit() {
        UnitNormalizer.Ask ask = (UnitNormalizer.Ask) UnitNormalizer.normalize(Analyte.PLATELETS, 3000, null);
        assertThat(ask.question(CbcEnglish.MESSAGES)).isEqualTo("The platelet count value 3000 has no unit, and it could be read more "
                + "than one way. Please give it with its unit, for example 150 x10^9/L or 150,000/uL.");
    }

    @Test
    void saysHowAUnitLessNumberWasRead() {
        UnitNormalizer.Normalized n = (UnitNormalizer.Normalized) UnitNormalizer.normalize(Analyte.PLATELETS, 85000,
                null);
        assertThat(n.assumption(CbcEnglish.MESSAGES)).isEqualTo("Platelets 85000 had no unit: read as 85000 /uL, which is 85 x10^9/L.");
        assertThat(((UnitNormalizer.Normalized) UnitNormalizer.normalize(Analyte.PLATELETS, 85, null)).assumption(CbcEnglish.MESSAGES))
                .isNull();
    }

    @Test
    void aPercentOfNeutrophilsOrLymphocytesIsADifferentialShare() {
        assertThat(UnitNormalizer.normalize(Analyte.ANC, 60, LabUnit.PERCENT))
                .isEqualTo(new UnitNormalizer.Percent(60));
        assertThat(UnitNormalizer.normalize(Analyte.LYMPHOCYTES, 20, LabUnit.PERCENT))
                .isEqualTo(new UnitNormalizer.Percent(20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            g/dL       | G_PER_DL
            g/dl       | G_PER_DL
            g/L        | G_PER_L
            mmol/L     | MMOL_PER_L
            %          | PERCENT
            L/L        | L_PER_L
            x10^9/L    | E9_PER_L
            10^9/L     | E9_PER_L
            10⁹/L      | E9_PER_L
            ×10⁹/L     | E9_PER_L
            K/uL       | E9_PER_L
            K/µL       | E9_PER_L
            10^3/uL    | E9_PER_L
            thou/mm3   | E9_PER_L
            /nL        | E9_PER_L
            /uL        | PER_UL
            cells/uL   | PER_UL
            /mm3       | PER_UL
            /mm³       | PER_UL
            x10^12/L   | E12_PER_L
            M/uL       | E12_PER_L
            million/uL | E12_PER_L
            fL         | FL
            """)
    void parsesUnitsOfStructuredInput(String text, LabUnit expected) {
        assertThat(LabUnit.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            furlongs
            k
            thousand
            C
            g/dL extra
            """)
    void rejectsUnknownUnits(String text) {
        assertThat(LabUnit.parse(text)).isEmpty();
    }

    @Test
    void refusesToConvertToAUnitThatDoesNotFit() {
        assertThatThrownBy(() -> UnitNormalizer.toNormalized(Analyte.PLATELETS, 1, LabUnit.G_PER_DL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitNormalizer.toNormalized(Analyte.ANC, 1, LabUnit.PERCENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
