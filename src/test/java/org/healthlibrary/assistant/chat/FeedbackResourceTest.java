package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.healthlibrary.assistant.feedback.Feedback;
import org.healthlibrary.assistant.feedback.FeedbackStore;
import org.healthlibrary.assistant.feedback.Rating;
import org.healthlibrary.assistant.feedback.Reason;
import org.junit.jupiter.api.Test;

/** {@code POST /api/feedback}: recorded for a real answer's trace, 4xx JSON for anything else. */
@QuarkusTest
class FeedbackResourceTest {

    @Inject
    FeedbackStore store;

    private static String answerTrace() {
        return given().contentType(ContentType.JSON).body("{\"message\": \"What is anemia?\"}")
                .post("/api/chat").then().statusCode(200).extract().header("X-Trace-Id");
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/feedback").then();
    }

    @Test
    void aThumbUpOnAnAnswerIsRecordedWithoutAnyMessageText() {
        String trace = answerTrace();
        post("{\"traceId\": \"" + trace + "\", \"rating\": \"up\"}").statusCode(200)
                .header("Cache-Control", "no-store")
                .body("traceId", equalTo(trace)).body("rating", equalTo("up")).body("reason", nullValue());
        Feedback stored = store.find(trace).orElseThrow();
        assertThat(stored.rating()).isEqualTo(Rating.UP);
        assertThat(stored.reason()).isNull();
    }

    @Test
    void aThumbDownWithAReasonIsRecorded() {
        String trace = answerTrace();
        post("{\"traceId\": \"" + trace + "\", \"rating\": \"down\", \"reason\": \"didnt_answer\"}").statusCode(200)
                .body("reason", equalTo("didnt_answer"));
        assertThat(store.find(trace).map(Feedback::reason)).contains(Reason.DIDNT_ANSWER);
    }

    @Test
    void theStreamsDoneEventNamesTheTraceToRate() {
        var events = SseEvents.stream("{\"message\": \"What is anemia?\"}");
        String trace = events.getLast().data().get("traceId").asText();
        post("{\"traceId\": \"" + trace + "\", \"rating\": \"up\"}").statusCode(200);
    }

    @Test
    void anUnknownTraceIs404AndBadValuesAre400() {
        post("{\"traceId\": \"no-such-trace\", \"rating\": \"up\"}").statusCode(404)
                .body("error", equalTo("unknown_trace"));
        String trace = answerTrace();
        post("{\"traceId\": \"" + trace + "\", \"rating\": \"sideways\"}").statusCode(400)
                .body("error", equalTo("invalid_rating")).body("message", equalTo("The field 'rating' must be 'up' or 'down'."));
        post("{\"traceId\": \"" + trace + "\", \"rating\": \"down\", \"reason\": \"it was rude\"}").statusCode(400)
                .body("error", equalTo("invalid_reason"));
        post("{\"rating\": \"up\"}").statusCode(400).body("error", equalTo("missing_trace_id"));
        post("{\"traceId\": \"" + trace + "\"}").statusCode(400).body("error", equalTo("missing_rating"));
        post("{\"traceId\": 5, \"rating\": []}").statusCode(400).body("error", equalTo("invalid_field"));
        post("not json").statusCode(400).body("error", equalTo("malformed_json"));
        given().contentType(ContentType.JSON).post("/api/feedback").then().statusCode(400).body("error", equalTo("missing_body"));
        assertThat(store.find(trace)).isEmpty();
    }
}
