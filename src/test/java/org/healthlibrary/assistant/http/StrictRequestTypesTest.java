package org.healthlibrary.assistant.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request bodies are read strictly: a number or boolean where text belongs, and anything after
 * the JSON object, are rejected with the README's error codes rather than coerced or ignored.
 */
@QuarkusTest
class StrictRequestTypesTest {

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("{\"message\": 123}", "invalid_field", "'message'"),
                Arguments.of("{\"message\": 1.5}", "invalid_field", "'message'"),
                Arguments.of("{\"message\": true}", "invalid_field", "'message'"),
                Arguments.of("{\"message\": \"What is anemia?\", \"sessionId\": 42}", "invalid_field", "'sessionId'"),
                Arguments.of("{\"message\": \"What is anemia?\"} {\"message\": \"again\"}", "malformed_json", "JSON"),
                Arguments.of("{\"message\": \"What is anemia?\"} trailing", "malformed_json", "JSON"),
                Arguments.of("{\"message\": \"What is anemia?\"}]", "malformed_json", "JSON"));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void chatRejects(String body, String error, String mentions) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/chat")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("message", containsString(mentions));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void theStreamRejectsTheSameBeforeAnyEvent(String body, String error, String mentions) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/chat/stream")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("error", equalTo(error));
    }

    @org.junit.jupiter.api.Test
    void aBodyWithNoContentTypeIs415() {
        given().body("{\"message\": \"What is anemia?\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/chat")
                .then().statusCode(415)
                .contentType(ContentType.JSON)
                .body("error", equalTo("unsupported_media_type"));
    }

    @org.junit.jupiter.api.Test
    void anAdminCallWithNoBodyNeedsNoContentType() {
        given().header("X-Api-Key", "test-admin-key").when().get("/api/admin/reindex")
                .then().statusCode(200);
    }
}
