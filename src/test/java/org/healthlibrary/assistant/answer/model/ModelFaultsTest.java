package org.healthlibrary.assistant.answer.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.answer.TraceStore;
import org.healthlibrary.assistant.answer.WordingTrace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every fault of the model, and every guardrail, ends the same way for the patient: the
 * extractive answer with its citations and the disclaimer, a 200, and one more count of
 * {@code assistant.model.fallback} under the reason, and the answer's trace names the fallback
 * (and the guardrail that rejected the model's words).
 */
@QuarkusTest
@TestProfile(ModelModeProfile.class)
class ModelFaultsTest {

    private static final String QUESTION = "Is pancytopenia leukemia?";

    @ModelServer.Inject
    WireMockServer server;

    @Inject
    ModelFallbackCounts fallbacks;

    @Inject
    TraceStore traces;

    @BeforeEach
    void reset() {
        server.resetAll();
        fallbacks.resetBreaker();
    }

    /** The reason {@code timeout} proves the 8 s timeout fired; how soon is measured by the benchmarks, not here. */
    @Test
    void aModelSlowerThanTheTimeout() {
        assertFallsBack(okJson(OpenAiReplies.answer(PinnedRequest.MODEL_ANSWER)).withFixedDelay(11_000), "timeout");
    }

    @Test
    void aServerError() {
        assertFallsBack(serverError().withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}"),
                "model-error");
        server.verify(1, postRequestedFor(urlEqualTo(ModelRequestTest.COMPLETIONS)));
    }

    @Test
    void aDroppedConnection() {
        assertFallsBack(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "model-error");
    }

    @Test
    void aGarbageBody() {
        assertFallsBack(ok("<html>Bad gateway: upstream sent garbage {{{").withHeader("Content-Type", "application/json"),
                "malformed");
    }

    @Test
    void anEmptyAnswer() {
        assertFallsBack(okJson(OpenAiReplies.answer("  ")), "malformed");
    }

    @Test
    void anAnswerCutOffAtTheTokenLimit() {
        assertFallsBack(okJson(OpenAiReplies.cutOff("Pancytopenia is not the same as")), "malformed");
    }

    @Test
    void anAnswerThatDiagnosesThePerson() {
        assertFallsBack(okJson(OpenAiReplies.answer(
                "Based on what you describe, you probably have leukemia. Please see your healthcare provider.")),
                "guardrail-diagnosis");
    }

    @Test
    void anAnswerThatGivesADose() {
        assertFallsBack(okJson(OpenAiReplies.answer(
                "Pancytopenia is not leukemia. Take 1 mg of folic acid each day to help your counts.")),
                "guardrail-dose");
    }

    @Test
    void anAnswerWithANumberThePassagesDoNotContain() {
        assertFallsBack(okJson(OpenAiReplies.answer(
                "Pancytopenia is not the same as leukemia. Only about 15% of people with pancytopenia have leukemia.")),
                "guardrail-numbers");
    }

    @Test
    void anAnswerThatLeavesTheTopic() {
        assertFallsBack(okJson(OpenAiReplies.answer(
                "Great question! Staying active, eating vegetables and sleeping well keep everyone feeling strong.")),
                "guardrail-topic");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndTheModelIsNoLongerCalled() {
        server.stubFor(post(urlEqualTo(ModelRequestTest.COMPLETIONS)).willReturn(serverError()));
        for (int i = 0; i < 10; i++) {
            ModelRequestTest.chat(QUESTION, "breaker-" + i);
        }
        server.verify(10, postRequestedFor(urlEqualTo(ModelRequestTest.COMPLETIONS)));
        double before = fallbacks.count("circuit-open");

        ModelRequestTest.chat(QUESTION, "breaker-open")
                .body("answer", equalTo(fallbacks.extractive(QUESTION)))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
        server.verify(10, postRequestedFor(urlEqualTo(ModelRequestTest.COMPLETIONS)));
        assertThat(fallbacks.count("circuit-open")).isEqualTo(before + 1);
    }

    /** The model replies with {@code reply}; the patient gets the extractive answer, counted under {@code reason}. */
    private void assertFallsBack(ResponseDefinitionBuilder reply, String reason) {
        server.stubFor(post(urlEqualTo(ModelRequestTest.COMPLETIONS)).willReturn(reply));
        String extractive = fallbacks.extractive(QUESTION);
        assertThat(extractive).startsWith("Pancytopenia is not the same as leukemia.");
        double before = fallbacks.count(reason);

        String traceId = ModelRequestTest.chat(QUESTION, null)
                .body("outcome", equalTo("ANSWERED"))
                .body("answer", equalTo(extractive))
                .body("citations[0].section", equalTo("Common questions > Is pancytopenia leukemia?"))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER))
                .extract().header("X-Trace-Id");
        assertThat(fallbacks.count(reason)).as("fallbacks counted as " + reason).isEqualTo(before + 1);
        WordingTrace wording = traces.find(traceId).orElseThrow().wording();
        assertThat(wording.mode()).isEqualTo("extractive");
        assertThat(wording.fallback()).isEqualTo(reason);
        assertThat(wording.rejections()).isEqualTo(reason.startsWith("guardrail-")
                ? List.of(reason.substring("guardrail-".length())) : List.of());
        assertThat(wording.streamed()).isFalse();
    }
}
