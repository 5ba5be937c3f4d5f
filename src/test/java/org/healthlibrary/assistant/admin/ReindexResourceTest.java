package org.healthlibrary.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The admin reindex endpoint: closed without the key, and a reindex runs in the background. */
@QuarkusTest
class ReindexResourceTest {

    @Test
    void refusesCallersWithoutTheKey() {
        given().when().post("/api/admin/reindex")
                .then().statusCode(401).body("error", equalTo("missing_api_key"));
        given().header("X-Api-Key", "wrong").when().post("/api/admin/reindex")
                .then().statusCode(401).body("error", equalTo("invalid_api_key"));
        given().when().get("/api/admin/reindex")
                .then().statusCode(401);
    }

    @Test
    void reindexRunsInTheBackgroundAndSucceeds() throws InterruptedException {
        given().header("X-Api-Key", "test-admin-key").when().post("/api/admin/reindex")
                .then().statusCode(202).body("state", oneOf("RUNNING", "SUCCEEDED"));
        String state = "RUNNING";
        for (int i = 0; i < 100 && state.equals("RUNNING"); i++) {
            Thread.sleep(100);
            state = given().header("X-Api-Key", "test-admin-key").when().get("/api/admin/reindex")
                    .then().statusCode(200).extract().path("state");
        }
        given().header("X-Api-Key", "test-admin-key").when().get("/api/admin/reindex")
                .then().body("state", is("SUCCEEDED")).body("articles", equalTo(16));
        given().contentType("application/json").body("{\"message\": \"Is pancytopenia leukemia?\"}")
                .when().post("/api/chat").then().statusCode(200).body("outcome", equalTo("ANSWERED"));
    }
}
