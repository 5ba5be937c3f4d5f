package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every pattern, with the lines that make it, and the high flags. */
class PatternRulesTest {

    private final CbcClassifier classifier = new CbcClassifier(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            HEMOGLOBIN=13 WBC=6 PLATELETS=200           | NONE             | -
            HEMOGLOBIN=11                               | ANEMIA           | -
            HEMATOCRIT=30                               | ANEMIA           | -
            RBC=3.5                                     | ANEMIA           | -
            HEMOGLOBIN=13 HEMATOCRIT=30                 | NONE             | -
            WBC=3                                       | LEUKOPENIA       | -
            WBC=3 ANC=2                                 | LEUKOPENIA       | -
            ANC=1                                       | NEUTROPENIA      | -
            WBC=3 ANC=1                                 | NEUTROPENIA      | -
            WBC=5 ANC=1                                 | NEUTROPENIA      | -
            PLATELETS=100                               | THROMBOCYTOPENIA | -
            LYMPHOCYTES=0.5                             | LYMPHOPENIA      | -
            LYMPHOCYTES=0.5 PLATELETS=100               | THROMBOCYTOPENIA | -
            HEMOGLOBIN=11 PLATELETS=100                 | BICYTOPENIA      | -
            HEMOGLOBIN=11 WBC=3                         | BICYTOPENIA      | -
            WBC=3 PLATELETS=100                         | BICYTOPENIA      | -
            ANC=1 PLATELETS=100                         | BICYTOPENIA      | -
            HEMOGLOBIN=11 WBC=3 PLATELETS=100           | PANCYTOPENIA     | -
            HEMOGLOBIN=11 ANC=1 PLATELETS=100           | PANCYTOPENIA     | -
            WBC=15                                      | NONE             | WBC
            HEMOGLOBIN=11 PLATELETS=500 MCV=105         | ANEMIA           | PLATELETS MCV
            HEMOGLOBIN=16 WBC=12                        | NONE             | HEMOGLOBIN WBC
            """)
    void namesThePatternAndFlagsHighValues(String values, CbcPattern pattern, String high) {
        List<LabValue> list = new ArrayList<>();
        for (String pair : values.split(" ")) {
            String[] kv = pair.split("=");
            list.add(LabValue.of(Analyte.valueOf(kv[0]), Double.parseDouble(kv[1]), null));
        }
        CbcReport r = classifier.classify(LabRequest.of(list, LabContext.UNKNOWN.withSex(Sex.FEMALE).withAgeYears(30.0)));
        assertThat(r.pattern()).isEqualTo(pattern);
        assertThat(r.highFlags()).containsExactlyElementsOf(
                high == null ? List.of() : java.util.Arrays.stream(high.split(" ")).map(Analyte::valueOf).toList());
    }
}
