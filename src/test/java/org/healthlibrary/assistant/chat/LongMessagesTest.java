package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any message the chat accepts is answered: up to 2,000 characters of emoji, Chinese, unknown
 * words or a run-on question once made more query clauses than Lucene allows (a 500).
 */
@QuarkusTest
class LongMessagesTest {

    static Stream<Arguments> messages() {
        String emoji = "\uD83D\uDE00".repeat(1100);
        String mixedEmoji = IntStream.range(0, 1900).mapToObj(i -> Character.toString(0x1F600 + i % 80))
                .collect(Collectors.joining());
        String chinese = "我的血小板很低这是什么意思医生说我贫血了".repeat(100).substring(0, 2000);
        String unknown = IntStream.range(0, 330)
                .mapToObj(i -> "qz" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "vx").collect(Collectors.joining(" "))
                .substring(0, 2000);
        String runOn = ("my doctor said my platelets are low and my hemoglobin too and I am tired all the time and "
                + "I read about pancytopenia and aplastic anemia and leukemia and I want to know what causes it ")
                .repeat(11).substring(0, 1985) + " what is it";
        String spanish = ("Tengo mucho cansancio y el médico dice que tengo las plaquetas bajas y quiero saber qué "
                + "significa la pancitopenia ").repeat(20).substring(0, 2000);
        return Stream.of(
                Arguments.of("1,100 emoji", emoji, "OUT_OF_SCOPE"),
                Arguments.of("1,900 different emoji", mixedEmoji, "OUT_OF_SCOPE"),
                Arguments.of("2,000 Chinese characters", chinese, "OUT_OF_SCOPE"),
                Arguments.of("330 distinct unknown words", unknown, "OUT_OF_SCOPE"),
                Arguments.of("an English run-on", runOn, "ANSWERED"),
                Arguments.of("a Spanish run-on", spanish, "ANSWERED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void chatAnswers(String name, String message, String outcome) {
        given().contentType(ContentType.JSON).body(Map.of("message", message))
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo(outcome))
                .body("disclaimer", containsString("healthcare provider"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void theStreamAnswers(String name, String message, String outcome) {
        given().contentType(ContentType.JSON).body(Map.of("message", message))
                .when().post("/api/chat/stream")
                .then().statusCode(200)
                .body(containsString("event:done"))
                .body(containsString("\"outcome\":\"" + outcome + "\""));
    }
}
