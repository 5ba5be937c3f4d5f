package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Written text made speakable: what is removed, how units and symbols are read, XML escaping. */
class SpokenTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anemia is common [1]. It is treatable [2, 3].                | Anemia is common. It is treatable.
            Bleeding can happen.[^1] See a doctor.[4-6]                  | Bleeding can happen. See a doctor.
            Read more at https://library.example-hospital.org/health/anemia. | Read more.
            Anemia is common (see https://library.example-hospital.org/health/anemia). | Anemia is common.
            Visit www.example-hospital.org/health for more.              | Visit for more.
            [Read the article](https://x.example.org/a) about anemia.    | Read the article about anemia.
            **Anemia** means a _low_ red cell count.                     | Anemia means a low red cell count.
            Use `CBC` results.                                           | Use CBC results.
            <b>Low</b> platelets                                         | Low platelets
            Some drugs, e.g. chemotherapy, lower counts.                 | Some drugs, for example, chemotherapy, lower counts.
            Ask Dr. Smith about it.                                      | Ask Doctor Smith about it.
            """)
    void removesUrlsMarksAndMarkup(String written, String spoken) {
        assertThat(SpokenText.clean(written)).isEqualTo(spoken);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A normal hemoglobin is 12-16 g/dL.                 | A normal hemoglobin is 12 to 16 grams per deciliter.
            Hemoglobin 120 g/L                                 | Hemoglobin 120 grams per liter
            Platelets below 50 x10^9/L need care.              | Platelets below 50 thousand per microliter need care.
            Platelets 150 × 10⁹/L                              | Platelets 150 thousand per microliter
            WBC 4.5 K/uL                                       | WBC 4.5 thousand per microliter
            WBC 4.5 x10^3/µL                                   | WBC 4.5 thousand per microliter
            RBC 4.5 x10^12/L                                   | RBC 4.5 million per microliter
            RBC 4.5 M/uL                                       | RBC 4.5 million per microliter
            Platelets of 150,000–450,000/µL are normal.        | Platelets of 150,000 to 450,000 per microliter are normal.
            An ANC <500 cells/uL is severe.                    | An ANC less than 500 cells per microliter is severe.
            An ANC ≥1500 is normal.                            | An ANC at least 1500 is normal.
            MCV 80-100 fL                                      | MCV 80 to 100 femtoliters
            Hematocrit 36%                                     | Hematocrit 36 percent
            A fever of 100.4°F or higher                       | A fever of 100.4 degrees Fahrenheit or higher
            A fever of 38 °C                                   | A fever of 38 degrees Celsius
            Platelets of 85k                                   | Platelets of 85 thousand
            Glucose 90 mg/dL                                   | Glucose 90 milligrams per deciliter
            B12 1000 mcg daily                                 | B12 1000 micrograms daily
            """)
    void readsNumbersAndUnitsNaturally(String written, String spoken) {
        assertThat(SpokenText.clean(written)).isEqualTo(spoken);
    }

    @Test
    void listsAndHeadingsBecomeSentences() {
        assertThat(SpokenText.clean("## Symptoms\nYou may notice:\n- tiredness\n- pale skin\n\n1. shortness of breath"))
                .isEqualTo("Symptoms. You may notice: tiredness. pale skin. shortness of breath.");
    }

    @Test
    void splitsSentencesButNotDecimalsOrLowercaseContinuations() {
        assertThat(SpokenText.sentences("A fever of 100.4 degrees matters. Call now! Is it serious? Yes."))
                .containsExactly("A fever of 100.4 degrees matters.", "Call now!", "Is it serious?", "Yes.");
    }

    @Test
    void escapesXml() {
        assertThat(SpokenText.escapeXml("AT&T's \"plan\" <b>")).isEqualTo("AT&amp;T&apos;s &quot;plan&quot; &lt;b&gt;");
    }

    @Test
    void cutsALongSentenceAtAWordLimit() {
        assertThat(SpokenText.firstWords("one two three, four five", 3)).isEqualTo("one two three.");
        assertThat(SpokenText.firstWords("one two", 3)).isEqualTo("one two");
    }
}
