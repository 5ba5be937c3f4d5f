package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/chat/stream} with no model configured: the extractive answer as one delta,
 * then the full response with citations and the disclaimer; emergencies and lab results as one
 * final event; the same validation as {@code POST /api/chat}.
 */
@QuarkusTest
class ChatStreamResourceTest {

    @Test
    void aLibraryAnswerIsOneDeltaThenTheFullResponse() {
        List<SseEvents.Event> events = SseEvents.stream("{\"message\": \"Is pancytopenia leukemia?\"}");

        assertThat(SseEvents.names(events)).containsExactly("delta", "done");
        JsonNode done = events.get(1).data();
        assertThat(events.get(0).text()).isEqualTo(done.get("answer").asText())
                .startsWith("Pancytopenia is not the same as leukemia.");
        assertThat(done.get("outcome").asText()).isEqualTo("ANSWERED");
        assertThat(done.get("citations").get(0).get("section").asText())
                .isEqualTo("Common questions > Is pancytopenia leukemia?");
        assertThat(done.get("disclaimer").asText()).isEqualTo(SafetyEnglish.DISCLAIMER);
        assertThat(done.get("sessionId").asText()).isNotBlank();
    }

    @Test
    void theStreamAnswersTheSameAsThePlainEndpoint() {
        String plain = given().contentType(ContentType.JSON).body("{\"message\": \"what are the symptoms of anemia\"}")
                .when().post("/api/chat").then().statusCode(200).extract().path("answer");
        List<SseEvents.Event> events = SseEvents.stream("{\"message\": \"what are the symptoms of anemia\"}");
        assertThat(events.getLast().data().get("answer").asText()).isEqualTo(plain);
    }

    @Test
    void aFollowUpInTheSameSessionUsesTheLastTopic() {
        List<SseEvents.Event> first = SseEvents.stream("{\"message\": \"What is pancytopenia?\"}");
        String session = first.getLast().data().get("sessionId").asText();
        List<SseEvents.Event> next = SseEvents.stream(
                "{\"message\": \"Can it go away?\", \"sessionId\": \"" + session + "\"}");
        assertThat(next.getLast().data().get("sessionId").asText()).isEqualTo(session);
        assertThat(next.getLast().data().get("citations").get(0).get("section").asText())
                .isEqualTo("Common questions > Can pancytopenia go away?");
    }

    @Test
    void anEmergencyIsASingleFinalEvent() {
        List<SseEvents.Event> events = SseEvents.stream("{\"message\": \"I have crushing chest pain and can't breathe\"}");

        assertThat(SseEvents.names(events)).containsExactly("done");
        JsonNode done = events.getFirst().data();
        assertThat(done.get("outcome").asText()).isEqualTo("EMERGENCY");
        assertThat(done.get("emergency").asBoolean()).isTrue();
        assertThat(done.get("disclaimer").asText()).isEqualTo(SafetyEnglish.DISCLAIMER);
    }

    @Test
    void aLabResultIsASingleFinalEventWithTheReport() {
        List<SseEvents.Event> events = SseEvents.stream(
                "{\"message\": \"My platelets are 45 x10^9/L, I am a 40 year old woman\"}");

        assertThat(SseEvents.names(events)).containsExactly("done");
        JsonNode done = events.getFirst().data();
        assertThat(done.get("outcome").asText()).isEqualTo("LAB_RESULT");
        assertThat(done.get("cbc").get("pattern").asText()).isEqualTo("THROMBOCYTOPENIA");
        assertThat(done.get("disclaimer").asText()).isEqualTo(SafetyEnglish.DISCLAIMER);
    }

    @Test
    void aNotInLibraryAnswerOffersTheNamedArticlesQuestionsAsTypedSuggestions() {
        List<SseEvents.Event> events = SseEvents.stream("{\"message\": \"can stress cause low white blood cells\"}");
        JsonNode done = events.get(events.size() - 1).data();
        assertThat(done.get("outcome").asText()).isEqualTo("NOT_IN_LIBRARY");
        assertThat(done.get("suggestions").toString()).isEqualTo("[\"What white blood cell count is too low?\","
                + "\"Is leukopenia serious?\",\"What is the difference between leukopenia and neutropenia?\","
                + "\"Can leukopenia go away?\"]");
        JsonNode answered = SseEvents.stream("{\"message\": \"Is pancytopenia leukemia?\"}").get(1).data();
        assertThat(answered.has("suggestions")).as("only offered with NOT_IN_LIBRARY and NEEDS_CLARIFICATION")
                .isFalse();
    }

    @Test
    void badRequestsAreTheSameJsonErrorsAsForChat() {
        given().contentType(ContentType.JSON).body("{\"message\": \"   \"}")
                .when().post("/api/chat/stream")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", equalTo("blank_message"))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
        given().contentType(ContentType.JSON).body("{\"message\": \"hi\", \"sessionId\": \"bad id!\"}")
                .when().post("/api/chat/stream")
                .then().statusCode(400).body("error", equalTo("invalid_session_id"));
        given().contentType(ContentType.TEXT).body("Is anemia serious?")
                .when().post("/api/chat/stream")
                .then().statusCode(415);
    }
}
