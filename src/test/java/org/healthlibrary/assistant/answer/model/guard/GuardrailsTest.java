package org.healthlibrary.assistant.answer.model.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each guardrail on its own, with realistic model answers about the pancytopenia passages. */
class GuardrailsTest {

    /** Two passages as the model gets them (from the shipped pancytopenia and thrombocytopenia articles, shortened). */
    static final Grounding PASSAGES = new Grounding(List.of(
            "Pancytopenia > Common questions > Is pancytopenia leukemia?\nPancytopenia is not the same as leukemia. "
                    + "Pancytopenia is not a disease by itself. Pancytopenia is a finding on a blood test that can have "
                    + "many causes. Leukemia is one possible cause, along with other bone marrow problems. Only tests, "
                    + "such as a blood smear or a bone marrow biopsy, can find the cause.",
            "Thrombocytopenia > Overview\nA normal platelet count is about 150,000 to 450,000 per microliter. "
                    + "Thrombocytopenia means the platelet count is below 150,000."));

    private final Guardrails guardrails = Guardrails.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pancytopenia is not the same as leukemia. It is a finding on a blood test with many possible causes, and tests such as a bone marrow biopsy can find the cause. Please talk with your healthcare provider about your own results.
            Leukemia is only one possible cause of pancytopenia. Your provider may order a blood smear to look for the reason.
            A platelet count below 150000 is called thrombocytopenia.
            A normal platelet count is about 150,000 to 450,000.
            """)
    void faithfulAnswersPassEveryRule(String answer) {
        assertThat(guardrails.firstFailure(answer, PASSAGES)).isEmpty();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            You have leukemia, so the blood test shows pancytopenia.                                  | diagnosis
            Based on your results, this means you have a bone marrow problem.                         | diagnosis
            You don't need to see a doctor about pancytopenia.                                        | diagnosis
            Take 325 mg of iron each day to raise your counts.                                        | dose
            Take two tablets of folic acid with food.                                                 | dose
            About 40% of people with pancytopenia turn out to have leukemia.                          | numbers
            A normal platelet count is 140,000 to 400,000.                                            | numbers
            Bitcoin prices climbed sharply this week as investors bought more cryptocurrency tokens.  | topic
            Regular exercise, sunscreen and drinking water are healthy habits for everybody.          | topic
            """)
    void unsafeOrUngroundedAnswersFailTheirRule(String answer, String rule) {
        assertThat(guardrails.firstFailure(answer, PASSAGES)).map(AnswerGuardrail::name).contains(rule);
    }

    @Test
    void conditionalLibraryWordingIsNotADiagnosis() {
        assertThat(new DiagnosisGuardrail().passes(
                "Pancytopenia can happen if you have leukemia, but it has many other causes.", PASSAGES)).isTrue();
    }

    @Test
    void labValuesAreNotDoses() {
        assertThat(new DoseGuardrail().passes("A hemoglobin of 12 g/dL is in the usual range.", PASSAGES)).isTrue();
    }

    @Test
    void numbersAreComparedByValue() {
        assertThat(NumbersGuardrail.numbers("150,000 and 150000 and 150000.0; 4.5-11.0 or 1,5"))
                .containsExactly("150000", "4.5", "11", "1", "5");
    }

    @Test
    void numbersFromAToolReportAreGrounded() {
        NumbersGuardrail rule = new NumbersGuardrail();
        String answer = "Your platelet count of 45 is below the usual range.";
        assertThat(rule.passes(answer, PASSAGES)).isFalse();
        assertThat(rule.passes(answer, PASSAGES.withToolResults(List.of("{\"analytes\":[{\"value\":45.0}]}")))).isTrue();
    }

    @Test
    void topicShareCountsContentStemsOnly() {
        assertThat(TopicGuardrail.contentStems("You should talk with your healthcare provider about your results."))
                .isEmpty();
        assertThat(TopicGuardrail.share("Leukemia causes pancytopenia.", PASSAGES)).isEqualTo(1.0);
        assertThat(TopicGuardrail.share("Leukemia causes sunburn.", PASSAGES)).isEqualTo(2.0 / 3);
        assertThat(TopicGuardrail.share("Sunburn itches.", PASSAGES)).isEqualTo(0.0);
    }

    @Test
    void topicThresholdIsOneHalf() {
        TopicGuardrail topic = new TopicGuardrail();
        assertThat(topic.passes("Leukemia sunburn.", PASSAGES)).isTrue();
        assertThat(topic.passes("Leukemia sunburn itching.", PASSAGES)).isFalse();
    }

    @Test
    void partialTextWaitsOnTopicButStopsOnFinalFailures() {
        assertThat(guardrails.checkPartial("What a sunny morning.", PASSAGES)).isEqualTo(Guardrails.Partial.WAIT);
        assertThat(guardrails.checkPartial("Pancytopenia is not leukemia.", PASSAGES)).isEqualTo(Guardrails.Partial.PASS);
        assertThat(guardrails.checkPartial("You have leukemia.", PASSAGES).failed()).map(AnswerGuardrail::name)
                .contains("diagnosis");
    }
}
