package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (the runnable jar a hospital deploys) starts, opens the shipped library
 * with embeddings, warms up (readiness is UP only after its rehearsed answers, none failed), and
 * answers: class loading of the native ONNX libraries differs from the test runtime, so only
 * the jar proves it.
 */
@QuarkusIntegrationTest
class ChatIT {

    @Test
    void thePackagedServiceAnswersWithCitationAndDisclaimer() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (given().when().get("/q/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'warm-up' }.data.state", equalTo("done"))
                .body("checks.find { it.name == 'warm-up' }.data.answers", greaterThan(0))
                .body("checks.find { it.name == 'warm-up' }.data.failures", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"message\": \"Is pancytopenia leukemia?\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("ANSWERED"))
                .body("citations[0].articleId", equalTo("pancytopenia"))
                .body("disclaimer", containsString("healthcare provider"));
    }
}
