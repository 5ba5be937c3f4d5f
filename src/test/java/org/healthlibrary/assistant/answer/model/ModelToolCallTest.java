package org.healthlibrary.assistant.answer.model;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tool round trip: the model asks for the CBC classifier, the service runs {@link CbcTool}
 * and sends the report back, the model answers from it. Numbers from the report count as
 * grounded; numbers from nowhere do not.
 */
@QuarkusTest
@TestProfile(ModelModeProfile.class)
class ModelToolCallTest {

    private static final String QUESTION = "What does a low platelet count mean?";
    private static final String LAB_TEXT = "platelets 45";

    @ModelServer.Inject
    WireMockServer server;

    @Inject
    ModelFallbackCounts fallbacks;

    @Inject
    CbcTool cbcTool;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void reset() {
        server.resetAll();
        fallbacks.resetBreaker();
    }

    @Test
    void theModelCallsTheClassifierAndAnswersFromItsReport() throws Exception {
        String answer = "The report says a platelet count of 45 is below the usual range. A low platelet count is "
                + "called thrombocytopenia. Please talk with your healthcare provider about your own results.";
        stubToolRoundTrip(answer);

        ModelRequestTest.chat(QUESTION, "tool-1")
                .body("outcome", equalTo("ANSWERED"))
                .body("answer", equalTo(answer))
                .body("citations[0].articleId", equalTo("thrombocytopenia"))
                .body("cbc", nullValue())
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));

        String report = json.writeValueAsString(cbcTool.interpretBloodCount(LAB_TEXT));
        server.verify(2, postRequestedFor(urlEqualTo(ModelRequestTest.COMPLETIONS)));
        server.verify(postRequestedFor(urlEqualTo(ModelRequestTest.COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[2]", equalToJson("""
                        {"role": "assistant",
                         "tool_calls": [{"id": "call_1", "type": "function",
                                         "function": {"name": "interpretBloodCount",
                                                      "arguments": "{\\"labText\\": \\"platelets 45\\"}"}}]}""")))
                .withRequestBody(matchingJsonPath("$.messages[3].role", com.github.tomakehurst.wiremock.client.WireMock.equalTo("tool")))
                .withRequestBody(matchingJsonPath("$.messages[3].tool_call_id",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("call_1")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", equalToJson(report))));
    }

    @Test
    void aNumberInNeitherThePassagesNorTheReportIsRejected() {
        stubToolRoundTrip("The report says a platelet count of 45 is low, and 80% of people recover within 3 weeks. "
                + "Please talk with your healthcare provider.");
        double before = fallbacks.count("guardrail-numbers");

        ModelRequestTest.chat(QUESTION, "tool-2")
                .body("answer", equalTo(fallbacks.extractive(QUESTION)))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
        assertThat(fallbacks.count("guardrail-numbers")).isEqualTo(before + 1);
    }

    private void stubToolRoundTrip(String finalAnswer) {
        server.stubFor(post(urlEqualTo(ModelRequestTest.COMPLETIONS))
                .inScenario("tool").whenScenarioStateIs(STARTED)
                .willReturn(okJson(OpenAiReplies.toolCall("call_1", "interpretBloodCount",
                        "{\"labText\": \"" + LAB_TEXT + "\"}")))
                .willSetStateTo("report sent"));
        server.stubFor(post(urlEqualTo(ModelRequestTest.COMPLETIONS))
                .inScenario("tool").whenScenarioStateIs("report sent")
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(okJson(OpenAiReplies.answer(finalAnswer))));
    }
}
