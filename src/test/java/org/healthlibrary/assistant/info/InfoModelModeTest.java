package org.healthlibrary.assistant.info;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.healthlibrary.assistant.answer.model.ModelModeProfile;
import org.junit.jupiter.api.Test;

/** {@code GET /api/info} in model mode: the mode and the model's name, never its URL or key. */
@QuarkusTest
@TestProfile(ModelModeProfile.class)
class InfoModelModeTest {

    @Test
    void reportsModelModeAndTheModelsName() {
        given().when().get("/api/info")
                .then().statusCode(200)
                .body("mode", equalTo("model"))
                .body("model", equalTo(ModelModeProfile.MODEL))
                .body("library.articles", equalTo(16))
                .body(not(containsString(ModelModeProfile.API_KEY)))
                .body(not(containsString("localhost")));
    }
}
