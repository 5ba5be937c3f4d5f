package org.healthlibrary.assistant.safety;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.healthlibrary.assistant.answer.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every patient-facing endpoint and every outcome, success and error alike, and fails if
 * a body lacks the disclaimer. Also fails if some chat outcome was never produced, so a new
 * outcome cannot slip past without a case here.
 */
@QuarkusTest
class DisclaimerEverywhereTest {

    private static final Set<Outcome> SEEN = EnumSet.noneOf(Outcome.class);

    static Stream<Arguments> chatCases() {
        return Stream.of(
                Arguments.of("What is pancytopenia?", 200, "ANSWERED"),
                Arguments.of("my hemoglobin is 9.1 and platelets 90", 200, "LAB_RESULT"),
                Arguments.of("I have crushing chest pain", 200, "EMERGENCY"),
                Arguments.of("What is sickle cell disease?", 200, "NOT_IN_LIBRARY"),
                Arguments.of("What's the capital of France?", 200, "OUT_OF_SCOPE"),
                Arguments.of("my platelets are 3000", 200, "NEEDS_CLARIFICATION"));
    }

    @ParameterizedTest
    @MethodSource("chatCases")
    void everyChatOutcomeCarriesTheDisclaimer(String message, int status, String outcome) {
        given().contentType(ContentType.JSON).body("{\"message\": \"" + message + "\"}")
                .when().post("/api/chat")
                .then().statusCode(status)
                .body("outcome", equalTo(outcome))
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
        SEEN.add(Outcome.valueOf(outcome));
    }

    static Stream<Arguments> otherCases() {
        return Stream.of(
                Arguments.of("/api/chat", "{\"message\": \"\"}", ContentType.JSON, 400),
                Arguments.of("/api/chat", "{broken", ContentType.JSON, 400),
                Arguments.of("/api/chat", "hello", ContentType.TEXT, 415),
                Arguments.of("/api/cbc", "{\"text\": \"hemoglobin 9.1\"}", ContentType.JSON, 200),
                Arguments.of("/api/cbc", "{\"values\": [{\"analyte\": \"PLATELETS\", \"value\": 20, \"unit\": \"x10^9/L\"}]}",
                        ContentType.JSON, 200),
                Arguments.of("/api/cbc", "{}", ContentType.JSON, 400),
                Arguments.of("/api/cbc", "{broken", ContentType.JSON, 400),
                Arguments.of("/api/cbc", "hello", ContentType.TEXT, 415));
    }

    @ParameterizedTest
    @MethodSource("otherCases")
    void labEndpointAndErrorsCarryTheDisclaimer(String path, String body, ContentType type, int status) {
        given().contentType(type).body(body)
                .when().post(path)
                .then().statusCode(status)
                .body("disclaimer", equalTo(SafetyEnglish.DISCLAIMER));
    }

    @AfterAll
    static void everyOutcomeWasWalked() {
        org.assertj.core.api.Assertions.assertThat(SEEN).as("chat outcomes walked").isEqualTo(EnumSet.allOf(Outcome.class));
    }
}
