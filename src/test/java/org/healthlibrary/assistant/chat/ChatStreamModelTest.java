package org.healthlibrary.assistant.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.answer.model.ModelFallbackCounts;
import org.healthlibrary.assistant.answer.model.ModelModeProfile;
import org.healthlibrary.assistant.answer.model.ModelServer;
import org.healthlibrary.assistant.answer.model.OpenAiReplies;
import org.healthlibrary.assistant.answer.model.PinnedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/chat/stream} in model mode: the model's answer arrives a sentence at a time,
 * each released after the guardrails; a failure before anything was shown gives the extractive
 * answer, a failure after gives a {@code reset} first; the last event always carries the
 * citations and the disclaimer.
 */
@QuarkusTest
@TestProfile(ModelModeProfile.class)
class ChatStreamModelTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String QUESTION = "{\"message\": \"Is pancytopenia leukemia?\"}";

    @ModelServer.Inject
    WireMockServer server;

    @Inject
    ModelFallbackCounts fallbacks;

    @BeforeEach
    void reset() {
        server.resetAll();
        fallbacks.resetBreaker();
    }

    @Test
    void theModelsAnswerStreamsASentenceAtATimeThenTheFullResponse() throws Exception {
        ObjectNode expected = PinnedRequest.expectedRequest();
        expected.put("stream", true);
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .withRequestBody(equalToJson(expected.toString(), false, true))
                .willReturn(eventStream(OpenAiReplies.stream("Pancytopenia is not ", "the same as leukemia. It is ",
                        "a finding on a blood test with many causes. ", "Talk with your healthcare provider."))));

        List<SseEvents.Event> events = SseEvents.stream(QUESTION);

        assertThat(SseEvents.names(events)).containsExactly("delta", "delta", "delta", "done");
        assertThat(events.get(0).text()).isEqualTo("Pancytopenia is not the same as leukemia.");
        assertThat(events.get(1).text()).isEqualTo(" It is a finding on a blood test with many causes.");
        assertThat(events.get(2).text()).isEqualTo(" Talk with your healthcare provider.");
        JsonNode done = events.get(3).data();
        assertThat(done.get("answer").asText()).isEqualTo("Pancytopenia is not the same as leukemia. It is a finding "
                + "on a blood test with many causes. Talk with your healthcare provider.");
        assertThat(done.get("citations")).hasSize(3);
        assertThat(done.get("citations").get(0).get("section").asText())
                .isEqualTo("Common questions > Is pancytopenia leukemia?");
        assertThat(done.get("disclaimer").asText()).isEqualTo(SafetyEnglish.DISCLAIMER);
    }

    @Test
    void aSentenceThatFailsAGuardrailIsNeverShownAndTheShownOnesAreReset() {
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(eventStream(OpenAiReplies.stream(
                "Pancytopenia is not the same as leukemia. ", "But you have leukemia. ", "See your provider."))));
        double before = fallbacks.count("guardrail-diagnosis");

        List<SseEvents.Event> events = SseEvents.stream(QUESTION);

        String extractive = fallbacks.extractive("Is pancytopenia leukemia?");
        assertThat(SseEvents.names(events)).containsExactly("delta", "reset", "delta", "done");
        assertThat(events.get(0).text()).isEqualTo("Pancytopenia is not the same as leukemia.");
        assertThat(events.get(1).data().get("reason").asText()).isEqualTo("guardrail-diagnosis");
        assertThat(events.get(2).text()).isEqualTo(extractive);
        assertThat(events.get(3).data().get("answer").asText()).isEqualTo(extractive);
        assertThat(events.get(3).data().get("disclaimer").asText()).isEqualTo(SafetyEnglish.DISCLAIMER);
        assertThat(events.stream().map(e -> e.data().toString())).noneMatch(d -> d.contains("you have leukemia"));
        assertThat(fallbacks.count("guardrail-diagnosis")).isEqualTo(before + 1);
    }

    @Test
    void anAnswerThatDriftsOffTopicIsResetAtTheEnd() {
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(eventStream(OpenAiReplies.stream(
                "Pancytopenia is not the same as leukemia. ", "Meanwhile stock markets rallied and bitcoin surged. ",
                "Investors cheered strong quarterly earnings."))));
        double before = fallbacks.count("guardrail-topic");

        List<SseEvents.Event> events = SseEvents.stream(QUESTION);

        assertThat(SseEvents.names(events)).containsExactly("delta", "reset", "delta", "done");
        assertThat(events.get(0).text()).isEqualTo("Pancytopenia is not the same as leukemia.");
        assertThat(events.getLast().data().get("answer").asText())
                .isEqualTo(fallbacks.extractive("Is pancytopenia leukemia?"));
        assertThat(fallbacks.count("guardrail-topic")).isEqualTo(before + 1);
    }

    @Test
    void aFailingModelGivesTheExtractiveAnswerWithoutAReset() {
        assertExtractiveStream(serverError(), "model-error");
    }

    @Test
    void aSilentModelTimesOut() {
        assertExtractiveStream(eventStream(OpenAiReplies.stream("Pancytopenia is not the same as leukemia."))
                .withFixedDelay(11_000), "timeout");
    }

    @Test
    void aStreamedToolCallRunsTheClassifierAndTheAnswerMayUseItsNumbers() {
        server.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("tool").whenScenarioStateIs(STARTED)
                .willReturn(eventStream(OpenAiReplies.streamToolCall("call_9", "interpretBloodCount",
                        "{\"labText\": \"platelets 45\"}")))
                .willSetStateTo("report sent"));
        server.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("tool").whenScenarioStateIs("report sent")
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool' && @.tool_call_id == 'call_9')]"))
                .willReturn(eventStream(OpenAiReplies.stream("The report says a platelet count of 45 is low. ",
                        "A low platelet count is called thrombocytopenia. ",
                        "Talk with your healthcare provider about your own results."))));

        List<SseEvents.Event> events = SseEvents.stream("{\"message\": \"What does a low platelet count mean?\"}");

        assertThat(SseEvents.names(events)).containsExactly("delta", "delta", "delta", "done");
        assertThat(events.getLast().data().get("answer").asText()).startsWith("The report says a platelet count of 45");
        server.verify(2, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void emergenciesAndLabResultsNeverReachTheModel() {
        List<SseEvents.Event> emergency = SseEvents.stream(
                "{\"message\": \"I have crushing chest pain and can't breathe\"}");
        List<SseEvents.Event> lab = SseEvents.stream("{\"message\": \"My platelets are 45 x10^9/L, I am a 40 year old woman\"}");

        assertThat(SseEvents.names(emergency)).containsExactly("done");
        assertThat(emergency.getFirst().data().get("outcome").asText()).isEqualTo("EMERGENCY");
        assertThat(SseEvents.names(lab)).containsExactly("done");
        assertThat(lab.getFirst().data().get("outcome").asText()).isEqualTo("LAB_RESULT");
        server.verify(0, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    private void assertExtractiveStream(ResponseDefinitionBuilder reply, String reason) {
        server.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(reply));
        double before = fallbacks.count(reason);

        List<SseEvents.Event> events = SseEvents.stream(QUESTION);

        String extractive = fallbacks.extractive("Is pancytopenia leukemia?");
        assertThat(SseEvents.names(events)).containsExactly("delta", "done");
        assertThat(events.get(0).text()).isEqualTo(extractive);
        assertThat(events.get(1).data().get("answer").asText()).isEqualTo(extractive);
        assertThat(events.get(1).data().get("disclaimer").asText()).isEqualTo(SafetyEnglish.DISCLAIMER);
        assertThat(fallbacks.count(reason)).isEqualTo(before + 1);
    }

    private static ResponseDefinitionBuilder eventStream(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
    }
}
