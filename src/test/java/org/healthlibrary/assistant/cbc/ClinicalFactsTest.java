package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facts cbc computes from a message for the safety screen, and the thresholds behind them. */
class ClinicalFactsTest {

    private final CbcInterpreter cbc = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0} -> temp {1}, low {2}, fever {3}, chemo {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            "temp 38.5, my ANC was 0.4"                   | 38.5 | true  | true  | false
            "temp 38.5, my ANC was 1.9"                   | 38.5 | false | true  | false
            temp is 37.9                                  | 37.9 | false | false | false
            temp is 38.0                                  | 38.0 | false | true  | false
            my temperature is 100.4 F                     | 38.0 | false | true  | false
            "fever, wbc 800"                              | -    | true  | false | false
            "fever, wbc 1.0"                              | -    | false | false | false
            "fever, wbc 0.9, anc 1.2"                     | -    | false | false | false
            "fever, wbc 1.2, anc 0.9"                     | -    | true  | false | false
            "fever, neutrophils 40%"                      | -    | false | false | false
            my ANC is 300                                 | -    | true  | false | false
            my ANC is 600                                 | -    | true  | false | false
            my ANC is 1500                                | -    | false | false | false
            "38.6 this morning, on chemo"                 | 38.6 | false | true  | true
            "hct 38.6, on chemo"                          | -    | false | false | true
            "on chemo, 101.2 tonight"                     | 38.4 | false | true  | true
            "on chemo, 100.2 tonight"                     | -    | false | false | true
            "I just took my temp, it's 38.7"              | 38.7 | false | true  | false
            is a fever of 38 dangerous on chemo?          | -    | false | false | true
            what if my temp is 38.5?                      | -    | false | false | false
            "fever on chemo: 38.0 or 38.5?"               | -    | false | false | true
            "which counts, temp 100.4 or 101 F"           | -    | false | false | false
            not on chemo                                  | -    | false | false | false
            """)
    void readsTheFactsSafetyDecidesFrom(String message, Double temperatureC, boolean lowWhite, boolean measuredFever,
                                        boolean chemo) {
        LabExtraction extraction = cbc.extract(message);
        ClinicalFacts facts = ClinicalFacts.of(extraction,
                extraction.hasLabValues() ? cbc.interpret(extraction.toRequest()) : null);
        assertThat(facts).isEqualTo(new ClinicalFacts(temperatureC, lowWhite, chemo));
        assertThat(facts.measuredFever()).isEqualTo(measuredFever);
    }

    @ParameterizedTest(name = "{0} C -> fever {1}")
    @CsvSource(textBlock = """
            37.9, false
            37.99, false
            38.0, true
            41.5, true
            """)
    void feverStartsAt38Celsius(double celsius, boolean fever) {
        assertThat(FeverThresholds.isFever(celsius)).isEqualTo(fever);
    }

    @ParameterizedTest(name = "ANC {0}, WBC {1} -> low {2}")
    @CsvSource(nullValues = "-", textBlock = """
            0.99, -,    true
            1.0,  -,    false
            1.0,  0.5,  false
            0.5,  3.0,  true
            -,    0.99, true
            -,    1.0,  false
            -,    -,    false
            """)
    void lowWhiteCellsUseTheAncFirst(Double anc, Double wbc, boolean low) {
        assertThat(FeverThresholds.lowWhiteCells(anc, wbc)).isEqualTo(low);
    }

    @Test
    void nothingReadIsNoFacts() {
        assertThat(ClinicalFacts.NONE.measuredFever()).isFalse();
        assertThat(ClinicalFacts.of(cbc.extract(""), null)).isEqualTo(ClinicalFacts.NONE);
    }
}
