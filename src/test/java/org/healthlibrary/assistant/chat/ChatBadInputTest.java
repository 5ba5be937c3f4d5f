package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad chat input gets a 4xx with a JSON {error, message} that says what to fix. */
@QuarkusTest
class ChatBadInputTest {

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"message\": ", 400, "malformed_json"),
                Arguments.of("not json at all", 400, "malformed_json"),
                Arguments.of("{}", 400, "missing_message"),
                Arguments.of("{\"message\": null}", 400, "missing_message"),
                Arguments.of("{\"message\": \"   \"}", 400, "blank_message"),
                Arguments.of("{\"message\": \"" + "a".repeat(2001) + "\"}", 400, "message_too_long"),
                Arguments.of("{\"message\": {\"text\": \"hi\"}}", 400, "invalid_field"),
                Arguments.of("[\"What is anemia?\"]", 400, "invalid_field"),
                Arguments.of("{\"message\": \"What is anemia?\", \"sessionId\": \"bad id!\"}", 400, "invalid_session_id"),
                Arguments.of("{\"message\": \"What is anemia?\", \"sessionId\": \"" + "x".repeat(65) + "\"}", 400,
                        "invalid_session_id"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badBodyIsRejectedWithAClearJsonError(String body, int status, String error) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/chat")
                .then().statusCode(status)
                .contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("message", not(emptyOrNullString()))
                .body("disclaimer", containsString("healthcare provider"));
    }

    @org.junit.jupiter.api.Test
    void messageOfExactly2000CharactersIsAccepted() {
        given().contentType(ContentType.JSON).body("{\"message\": \"" + "b".repeat(2000) + "\"}")
                .when().post("/api/chat")
                .then().statusCode(200);
    }

    @org.junit.jupiter.api.Test
    void tooLongMessageSaysTheLimit() {
        given().contentType(ContentType.JSON).body("{\"message\": \"" + "a".repeat(2500) + "\"}")
                .when().post("/api/chat")
                .then().statusCode(400)
                .body("message", containsString("2000"));
    }

    @org.junit.jupiter.api.Test
    void emptyBodyIsRejected() {
        given().contentType(ContentType.JSON)
                .when().post("/api/chat")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("missing_body"))
                .body("message", equalTo("Send a JSON body such as {\"message\": \"What is pancytopenia?\"}."))
                .body("disclaimer", containsString("healthcare provider"));
        given().contentType(ContentType.JSON)
                .when().post("/api/chat/stream")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("missing_body"));
    }

    @org.junit.jupiter.api.Test
    void missingMessageSaysWhereToPutTheQuestion() {
        for (String path : new String[] {"/api/chat", "/api/chat/stream"}) {
            given().contentType(ContentType.JSON).body("{\"sessionId\": \"bad id!\"}")
                    .when().post(path)
                    .then().statusCode(400).contentType(ContentType.JSON)
                    .body("error", equalTo("missing_message"))
                    .body("message", equalTo("The field 'message' is required: put the question in it, e.g. "
                            + "{\"message\": \"What is anemia?\"}."))
                    .body("disclaimer", containsString("healthcare provider"));
        }
    }

    @org.junit.jupiter.api.Test
    void wrongContentTypeIsRejected() {
        given().contentType(ContentType.TEXT).body("What is anemia?")
                .when().post("/api/chat")
                .then().statusCode(415)
                .contentType(ContentType.JSON)
                .body("error", equalTo("unsupported_media_type"))
                .body("message", containsString("application/json"));
    }

    @org.junit.jupiter.api.Test
    void wrongMethodIsRejected() {
        given().when().get("/api/chat")
                .then().statusCode(405).contentType(ContentType.JSON).body("error", equalTo("method_not_allowed"));
    }

    @org.junit.jupiter.api.Test
    void unknownPathIsJson404() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", equalTo("not_found"));
    }

    @org.junit.jupiter.api.Test
    void searchWithoutQueryOrWithBadLimitIsRejected() {
        given().when().get("/api/search").then().statusCode(400).body("error", equalTo("missing_query"));
        given().queryParam("q", "anemia").queryParam("limit", "0")
                .when().get("/api/search").then().statusCode(400).body("error", equalTo("invalid_limit"));
        given().queryParam("q", "anemia").queryParam("limit", "ten")
                .when().get("/api/search").then().statusCode(400).body("error", equalTo("invalid_limit"));
    }
}
