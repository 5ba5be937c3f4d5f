package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonlSectionsTest {

    @Test
    void labelledLinesBecomeSectionsAndTheTextBeforeThemTheOverview() {
        assertThat(JsonlSections.of("Iron deficiency anemia", """
                Iron deficiency anemia is common.
                Symptoms:
                - Feeling tired
                - Pale skin
                Causes: Blood loss or too little iron in food.
                Treatment may include the following:
                - Iron pills
                When to call your provider:
                Call if you feel faint.""")).containsExactly(
                new JsonlSections.Section("Overview", "Iron deficiency anemia is common."),
                new JsonlSections.Section("Symptoms", "- Feeling tired\n- Pale skin"),
                new JsonlSections.Section("Causes",
                        "Blood loss or too little iron in food.\nTreatment may include the following:\n- Iron pills"),
                new JsonlSections.Section("When to call your provider", "Call if you feel faint."));
    }

    @Test
    void aLabelWithNothingUnderItIsLeftOut() {
        assertThat(JsonlSections.of("Anemia", "Symptoms:\nCauses: low iron")).containsExactly(
                new JsonlSections.Section("Causes", "low iron"));
    }

    @Test
    void linesThatOnlyEndWithAColonStayText() {
        assertThat(JsonlSections.of("Warfarin", "Brand name product:\nFour types of standard treatment are used:\n- a"))
                .containsExactly(new JsonlSections.Section("Overview",
                        "Brand name product:\nFour types of standard treatment are used:\n- a"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Anemia - symptoms|Symptoms",
            "Adult Acute Lymphoblastic Leukemia - treatment|Treatment",
            "Sickle cell disease - exams and tests|Exams and tests",
            "Adult Acute Lymphoblastic Leukemia - information|Overview",
            "Iron-deficiency anemia|Overview",
            "Anemia - what you need to know about it today|Overview",
    })
    void textWithoutLabelsIsOneSectionNamedByTheKindItsTitleEndsWith(String title, String heading) {
        assertThat(JsonlSections.of(title, "Some text.")).isEqualTo(List.of(new JsonlSections.Section(heading, "Some text.")));
    }
}
