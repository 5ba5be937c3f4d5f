package org.healthlibrary.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (the runnable jar a hospital deploys) starts, opens the shipped library
 * with embeddings, and answers: class loading of the native ONNX libraries differs from the
 * test runtime, so only the jar proves it.
 */
@QuarkusIntegrationTest
class ChatIT {

    @Test
    void thePackagedServiceAnswersWithCitationAndDisclaimer() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON).body("{\"message\": \"Is pancytopenia leukemia?\"}")
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("outcome", equalTo("ANSWERED"))
                .body("citations[0].articleId", equalTo("pancytopenia"))
                .body("disclaimer", containsString("healthcare provider"));
    }
}
