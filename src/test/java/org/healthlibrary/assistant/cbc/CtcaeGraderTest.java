package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every CTCAE v5.0 boundary, on both sides, through the whole classifier (grades only exist for low values). */
class CtcaeGraderTest {

    private final CbcClassifier classifier = new CbcClassifier(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            HEMOGLOBIN  | 12.0  | -
            HEMOGLOBIN  | 11.9  | 1
            HEMOGLOBIN  | 10.0  | 1
            HEMOGLOBIN  | 9.99  | 2
            HEMOGLOBIN  | 8.0   | 2
            HEMOGLOBIN  | 7.99  | 3
            HEMOGLOBIN  | 3.0   | 3
            WBC         | 4.0   | -
            WBC         | 3.99  | 1
            WBC         | 3.0   | 1
            WBC         | 2.99  | 2
            WBC         | 2.0   | 2
            WBC         | 1.99  | 3
            WBC         | 1.0   | 3
            WBC         | 0.99  | 4
            ANC         | 1.5   | -
            ANC         | 1.49  | 2
            ANC         | 1.0   | 2
            ANC         | 0.99  | 3
            ANC         | 0.5   | 3
            ANC         | 0.49  | 4
            ANC         | 0     | 4
            LYMPHOCYTES | 1.0   | -
            LYMPHOCYTES | 0.99  | 1
            LYMPHOCYTES | 0.8   | 1
            LYMPHOCYTES | 0.79  | 2
            LYMPHOCYTES | 0.5   | 2
            LYMPHOCYTES | 0.49  | 3
            LYMPHOCYTES | 0.2   | 3
            LYMPHOCYTES | 0.19  | 4
            PLATELETS   | 150   | -
            PLATELETS   | 149   | 1
            PLATELETS   | 75    | 1
            PLATELETS   | 74.9  | 2
            PLATELETS   | 50    | 2
            PLATELETS   | 49.9  | 3
            PLATELETS   | 25    | 3
            PLATELETS   | 24.9  | 4
            PLATELETS   | 1     | 4
            HEMATOCRIT  | 20    | -
            RBC         | 2.0   | -
            MCV         | 60    | -
            """)
    void gradesLowCountsAgainstCtcae(Analyte analyte, double value, Integer grade) {
        LabRequest request = LabRequest.of(java.util.List.of(LabValue.of(analyte, value, null)),
                LabContext.UNKNOWN.withSex(Sex.FEMALE).withAgeYears(40.0));
        AnalyteResult r = classifier.classify(request).analytes().getFirst();
        assertThat(r.grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HEMOGLOBIN  | 9.0  | 2
            HEMOGLOBIN  | 0.1  | 3
            ANC         | 1.45 | 2
            PLATELETS   | 75   | 1
            """)
    void gradeOfLowIsPureNumberThresholds(Analyte analyte, double value, int grade) {
        assertThat(CtcaeGrader.gradeOfLow(analyte, value)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HEMATOCRIT", "RBC", "MCV"})
    void analytesWithoutACtcaeTermAreNotGraded(Analyte analyte) {
        assertThat(CtcaeGrader.gradeOfLow(analyte, 0.1)).isNull();
    }
}
