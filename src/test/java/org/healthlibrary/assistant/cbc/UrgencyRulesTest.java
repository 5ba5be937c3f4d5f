package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every urgency rule of CLINICAL-REFERENCE s3 on both sides of its threshold, with the exact reasons. */
class UrgencyRulesTest {

    private final CbcClassifier classifier = new CbcClassifier(CbcEnglish.MESSAGES);

    /**
     * Values are "ANALYTE=value" in normalised units separated by blanks; temperature in C ("-" when not
     * measured); fever word and chemotherapy as booleans. Reasons are listed as the constant names of
     * {@link UrgencyRules}, or literal text for the per-value "book a visit" reasons.
     */
    @ParameterizedTest(name = "{0} temp={1} fever={2} chemo={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ANC=0.99                     | 38.0 | false | false | EMERGENCY | FEVER_LOW_ANC
            ANC=1.0                      | 38.0 | false | false | SOON      | ANC below the range used: book a visit to discuss it.
            ANC=0.99                     | 37.9 | false | false | SOON      | ANC below the range used: book a visit to discuss it.
            ANC=0.99                     | -    | true  | false | EMERGENCY | FEVER_LOW_ANC
            ANC=0.99                     | 37.5 | true  | false | SOON      | ANC below the range used: book a visit to discuss it.
            WBC=0.99                     | 38.5 | false | false | EMERGENCY | FEVER_LOW_WBC; WBC_BELOW_1
            WBC=1.0                      | 38.5 | false | false | SOON      | WBC below the range used: book a visit to discuss it.
            WBC=0.99 ANC=1.0             | 38.5 | false | false | URGENT    | WBC_BELOW_1
            WBC=6.0                      | 38.0 | false | true  | EMERGENCY | FEVER_CHEMO
            WBC=6.0                      | 37.9 | false | true  | ROUTINE   | ALL_IN_RANGE
            -                            | 39.0 | false | true  | EMERGENCY | FEVER_CHEMO
            -                            | -    | true  | true  | EMERGENCY | FEVER_CHEMO
            WBC=6.0                      | 39.0 | false | false | ROUTINE   | ALL_IN_RANGE
            HEMOGLOBIN=6.99              | -    | false | false | URGENT    | HGB_BELOW_7
            HEMOGLOBIN=7.0               | -    | false | false | SOON      | Hemoglobin below the range used: book a visit to discuss it.
            PLATELETS=19.9               | -    | false | false | URGENT    | PLT_BELOW_20
            PLATELETS=20                 | -    | false | false | SOON      | Platelets below the range used: book a visit to discuss it.
            ANC=0.49                     | -    | false | false | URGENT    | ANC_BELOW_05
            ANC=0.5                      | -    | false | false | SOON      | ANC below the range used: book a visit to discuss it.
            WBC=0.99                     | -    | false | false | URGENT    | WBC_BELOW_1
            WBC=100.1                    | -    | false | false | URGENT    | WBC_ABOVE_100
            WBC=100                      | -    | false | false | SOON      | WBC above the range used: book a visit to discuss it.
            PLATELETS=1000.1             | -    | false | false | URGENT    | PLT_ABOVE_1000
            PLATELETS=1000               | -    | false | false | SOON      | Platelets above the range used: book a visit to discuss it.
            HEMOGLOBIN=20.1              | -    | false | false | URGENT    | HGB_ABOVE_20
            HEMOGLOBIN=20                | -    | false | false | SOON      | Hemoglobin above the range used: book a visit to discuss it.
            HEMOGLOBIN=11.9              | -    | false | false | SOON      | Hemoglobin below the range used: book a visit to discuss it.
            HEMOGLOBIN=12                | -    | false | false | ROUTINE   | ALL_IN_RANGE
            MCV=100.1                    | -    | false | false | SOON      | MCV above the range used: book a visit to discuss it.
            HEMOGLOBIN=11 PLATELETS=140  | -    | false | false | SOON      | Hemoglobin below the range used: book a visit to discuss it.; Platelets below the range used: book a visit to discuss it.; LINES_LOW
            LYMPHOCYTES=0.9 WBC=3.9      | -    | false | false | SOON      | WBC below the range used: book a visit to discuss it.; Lymphocytes below the range used: book a visit to discuss it.
            ANC=0.3 PLATELETS=15         | 38.2 | false | false | EMERGENCY | FEVER_LOW_ANC; PLT_BELOW_20; ANC_BELOW_05
            -                            | -    | false | false | ROUTINE   | NOTHING_READ
            """)
    void appliesEachRule(String values, Double temperatureC, boolean fever, boolean chemo, Urgency urgency,
                         String reasons) {
        List<LabValue> list = new ArrayList<>();
        if (values != null) {
            for (String pair : values.split(" ")) {
                String[] kv = pair.split("=");
                list.add(LabValue.of(Analyte.valueOf(kv[0]), Double.parseDouble(kv[1]), null));
            }
        }
        LabContext ctx = LabContext.UNKNOWN.withSex(Sex.FEMALE).withAgeYears(50.0).withTemperatureC(temperatureC)
                .withFeverReported(fever).withOnChemotherapy(chemo);
        CbcReport r = classifier.classify(LabRequest.of(list, ctx));
        assertThat(r.urgency()).isEqualTo(urgency);
        assertThat(r.reasons()).containsExactlyElementsOf(expectedReasons(reasons));
    }

    private static List<String> expectedReasons(String spec) {
        List<String> out = new ArrayList<>();
        for (String item : spec.split("; ")) {
            out.add(switch (item) {
                case "FEVER_LOW_ANC" -> CbcEnglish.FEVER_LOW_ANC;
                case "FEVER_LOW_WBC" -> CbcEnglish.FEVER_LOW_WBC;
                case "FEVER_CHEMO" -> CbcEnglish.FEVER_CHEMO;
                case "HGB_BELOW_7" -> CbcEnglish.HGB_BELOW_7;
                case "PLT_BELOW_20" -> CbcEnglish.PLT_BELOW_20;
                case "ANC_BELOW_05" -> CbcEnglish.ANC_BELOW_05;
                case "WBC_BELOW_1" -> CbcEnglish.WBC_BELOW_1;
                case "WBC_ABOVE_100" -> CbcEnglish.WBC_ABOVE_100;
                case "PLT_ABOVE_1000" -> CbcEnglish.PLT_ABOVE_1000;
                case "HGB_ABOVE_20" -> CbcEnglish.HGB_ABOVE_20;
                case "LINES_LOW" -> CbcEnglish.LINES_LOW;
                case "ALL_IN_RANGE" -> CbcEnglish.ALL_IN_RANGE;
                case "NOTHING_READ" -> CbcEnglish.NOTHING_READ;
                default -> item;
            });
        }
        return out;
    }
}
