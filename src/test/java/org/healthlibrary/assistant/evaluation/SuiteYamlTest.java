package org.healthlibrary.assistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteYamlTest {

    @Test
    void aSuiteIsReadFromYaml() {
        SuiteSpec spec = Suites.parseYaml("""
                name: Labs
                description: lab values
                cases:
                  - name: low platelets
                    turns: [my platelets are 40]
                    expectedOutcome: LAB_RESULT
                    labPattern: THROMBOCYTOPENIA
                    mustPass: true
                  - name: follow-up
                    turns:
                      - What is pancytopenia?
                      - Can it go away?
                    acceptableCitations: [pancytopenia]
                """);
        assertThat(spec.name()).isEqualTo("Labs");
        assertThat(spec.cases()).hasSize(2);
        assertThat(spec.cases().get(0).labPattern()).isEqualTo("THROMBOCYTOPENIA");
        assertThat(spec.cases().get(0).mustPass()).isTrue();
        assertThat(spec.cases().get(1).turns()).containsExactly("What is pancytopenia?", "Can it go away?");
        assertThat(spec.cases().get(1).mustContain()).isEmpty();
    }

    @Test
    void badDocumentsAreRefusedWithACode() {
        assertCode("", "missing_body");
        assertCode("name: [", "invalid_yaml");
        assertCode("name: x\nunknown: 1", "invalid_yaml");
        assertCode("name: x\ncases:\n  - name: a\n    turns: []", "invalid_turns");
        assertCode("name: x\ncases:\n  - name: a\n    turns: [hi]\n    expectedOutcome: GREAT", "invalid_outcome");
        assertCode("name: x\ncases:\n  - name: a\n    turns: [hi]\n  - name: a\n    turns: [ho]", "duplicate_case_name");
        assertCode("name: x\ncases:\n  - name: a\n    turns: [hi]\n    labUrgency: SOONISH", "invalid_lab_urgency");
        assertCode("description: no name", "invalid_name");
    }

    @Test
    void refusalsNameTheCaseByPositionNotByText() {
        assertThatThrownBy(() -> Suites.parseYaml("name: x\ncases:\n  - name: a\n    turns: [hi]\n  - name: b\n    turns: [\"\"]"))
                .hasMessage("Case 2: each message needs 1-2000 characters.");
    }

    private static void assertCode(String yaml, String code) {
        assertThatThrownBy(() -> Suites.parseYaml(yaml)).as(yaml).isInstanceOf(SuiteException.class)
                .extracting("code").isEqualTo(code);
    }

    @Test
    void specsRoundTripThroughTheListConverter() {
        JsonList converter = new JsonList();
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(List.of("a \"quoted\"", "b"))))
                .containsExactly("a \"quoted\"", "b");
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}
