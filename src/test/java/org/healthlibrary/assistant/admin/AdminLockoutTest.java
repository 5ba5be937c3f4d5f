package org.healthlibrary.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: wrong admin keys lock the client out of the admin API and of {@code /q/metrics}
 * (429 JSON with Retry-After); {@code /q/metrics} needs the key. Its own profile, so the lockout
 * of this test's client does not reach other tests.
 */
@QuarkusTest
@TestProfile(AdminLockoutTest.FewAttempts.class)
class AdminLockoutTest {

    /** Three wrong keys lock out. */
    public static class FewAttempts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.admin.lockout.max-failures", "3");
        }
    }

    @Test
    void metricsNeedTheKeyThenWrongKeysLockTheClientOut() {
        given().when().get("/q/metrics").then().statusCode(401).contentType(ContentType.JSON)
                .body("error", equalTo("missing_api_key"));
        given().header("X-Api-Key", "test-admin-key").when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory"));
        given().header("Authorization", "Bearer test-admin-key").when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);

        for (int i = 0; i < 2; i++) {
            given().header("X-Api-Key", "guess-" + i).when().get("/api/admin/reindex").then().statusCode(401)
                    .body("error", equalTo("invalid_api_key"));
        }
        given().header("X-Api-Key", "guess-3").when().get("/q/metrics").then().statusCode(401);
        given().header("X-Api-Key", "test-admin-key").when().get("/api/admin/reindex").then().statusCode(429)
                .contentType(ContentType.JSON)
                .header("Retry-After", notNullValue())
                .body("error", equalTo("too_many_attempts"));
        given().header("X-Api-Key", "test-admin-key").when().get("/q/metrics").then().statusCode(429)
                .contentType(ContentType.JSON)
                .header("Retry-After", notNullValue())
                .body("error", equalTo("too_many_attempts"));
    }
}
