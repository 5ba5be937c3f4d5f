package org.healthlibrary.assistant.answer.model;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request model mode sends, pinned exactly (system prompt, the retrieved passages, the CBC
 * tool's specification, model settings), the answer coming back with the pipeline's citations
 * and the disclaimer, and chat memory per session.
 */
@QuarkusTest
@TestProfile(ModelModeProfile.class)
class ModelRequestTest {

    static final String COMPLETIONS = "/v1/chat/completions";

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void theRequestCarriesTheSystemPromptTheCitedPassagesAndTheCbcTool() throws Exception {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + ModelModeProfile.API_KEY))
                .withRequestBody(equalToJson(PinnedRequest.expectedRequest().toString(), false, false))
                .willReturn(okJson(OpenAiReplies.answer(PinnedRequest.MODEL_ANSWER))));

        chat("Is pancytopenia leukemia?", "pinned-1")
                .body("answer", equalTo(PinnedRequest.MODEL_ANSWER));
        server.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void theModelsAnswerComesWithTheRetrievedCitationsAndTheDisclaimer() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(okJson(OpenAiReplies.answer(
                        PinnedRequest.MODEL_ANSWER + " (See source [7] and mayoclinic.org.)"))));
        // the numbers rule rejects the invented "[7]": citations never come from the model's text
        double before = fallbacks.count("guardrail-numbers");
        chat("Is pancytopenia leukemia?", "cited-1")
                .body("answer", equalTo(fallbacks.extractive("Is pancytopenia leukemia?")))
                .body("citations", hasSize(3));
        assertThat(fallbacks.count("guardrail-numbers")).isEqualTo(before + 1);

        server.resetAll();
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(okJson(OpenAiReplies.answer(PinnedRequest.MODEL_ANSWER))));
        chat("Is pancytopenia leukemia?", "cited-2")
                .body("outcome", equalTo("ANSWERED"))
                .body("answer", equalTo(PinnedRequest.MODEL_ANSWER))
                .body("citations.section", org.hamcrest.Matchers.contains(
                        "Common questions > Is pancytopenia leukemia?",
                        "Common questions > Does pancytopenia mean leukemia?",
                        "Causes"))
                .body("citations[0].url",
                        equalTo("https://library.example-hospital.org/health/pancytopenia#is-pancytopenia-leukemia"))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
    }

    @Test
    void theNextMessageOfASessionCarriesThePreviousTurn() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(okJson(OpenAiReplies.answer(PinnedRequest.MODEL_ANSWER))));
        chat("Is pancytopenia leukemia?", "memory-1");
        server.resetAll();
        String second = "Pancytopenia can go away when its cause is found and treated. Ask your healthcare provider.";
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages", equalToJson("""
                        [{"role": "system", "content": "${json-unit.any-string}"},
                         {"role": "user", "content": %s},
                         {"role": "assistant", "content": %s},
                         {"role": "user", "content": "${json-unit.regex}(?s).*Patient's question: Can it go away\\\\?\\\\n"}]
                        """.formatted(quote(PinnedRequest.USER_MESSAGE), quote(PinnedRequest.MODEL_ANSWER)))))
                .willReturn(okJson(OpenAiReplies.answer(second))));

        chat("Can it go away?", "memory-1").body("answer", equalTo(second));
    }

    @Test
    void aRejectedAnswerIsRememberedAsTheAnswerThePatientGot() {
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .willReturn(okJson(OpenAiReplies.answer("You have leukemia. See your healthcare provider."))));
        String shown = chat("Is pancytopenia leukemia?", "memory-2").extract().path("answer");
        assertThat(shown).isEqualTo(fallbacks.extractive("Is pancytopenia leukemia?"));
        server.resetAll();
        String second = "Pancytopenia can go away when its cause is found and treated. Ask your healthcare provider.";
        server.stubFor(post(urlEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.messages[2]", equalToJson(
                        "{\"role\": \"assistant\", \"content\": " + quote(shown) + "}")))
                .willReturn(okJson(OpenAiReplies.answer(second))));

        chat("Can it go away?", "memory-2").body("answer", equalTo(second));
    }

    static ValidatableResponse chat(String message, String sessionId) {
        ObjectNode body = JSON.createObjectNode().put("message", message).put("sessionId", sessionId);
        return given().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/chat")
                .then().statusCode(200);
    }

    private static String quote(String text) {
        return JSON.getNodeFactory().textNode(text).toString();
    }
}
