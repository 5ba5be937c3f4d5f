package org.healthlibrary.assistant.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Headers, CORS and the widget's files as served (default settings: no other origin allowed). */
@QuarkusTest
class WebHeadersTest {

    @Test
    void answersCarrySecurityHeadersAndAreNeverStored() {
        given().contentType(ContentType.JSON).body("{\"message\": \"What is anemia?\"}").post("/api/chat").then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", startsWith("default-src 'none'; script-src 'self'; style-src 'self';"));
    }

    @Test
    void theWidgetScriptIsServedWithAShortCacheAndItsVersionedFilesWithALongOne() {
        given().get("/widget/v1/assistant.js").then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", "public, max-age=3600");
        given().get("/widget/v1/assistant.css?v=1").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/widget/v1/i18n/es.json?v=1").then().statusCode(200).body("title", equalTo("Asistente de la biblioteca de salud"));
        given().get("/").then().statusCode(200).contentType(startsWith("text/html")).header("Cache-Control", "no-cache");
    }

    @Test
    void anotherOriginIsRefusedUnlessConfigured() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/chat").then().statusCode(403).body("error", equalTo("origin_not_allowed"))
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body("{\"message\": \"What is anemia?\"}").post("/api/chat").then().statusCode(403)
                .body("error", equalTo("origin_not_allowed"));
        given().header("Origin", "https://evil.example").get("/widget/v1/i18n/en.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theServicesOwnOriginIsAlwaysAllowed() {
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        given().header("Origin", self).contentType(ContentType.JSON).body("{\"message\": \"What is anemia?\"}")
                .post("/api/chat").then().statusCode(200).header("Access-Control-Allow-Origin", self)
                .header("Access-Control-Expose-Headers", "X-Trace-Id, Retry-After");
    }
}
