package org.healthlibrary.assistant.chat.widget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-client rate limits (two requests per ten minutes here): the third message from the same
 * browser gets 429 and the widget shows a calm message and gives the question back; the 429 is
 * JSON with {@code Retry-After}.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class WidgetRateLimitTest {

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL service;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theThirdMessageIsRefusedCalmlyAndTheRefusalIsJsonWithRetryAfter() {
        String origin = service.toString().replaceAll("/+$", "");
        try (WidgetBrowser tab = new WidgetBrowser(chromium).open(HostSite.get().page(origin, "data-open=\"true\""))) {
            tab.ask("What is anemia?");
            tab.ask("What is pancytopenia?");
            tab.input().fill("What is leukemia?");
            tab.input().press("Enter");
            var status = tab.page.locator("health-library-assistant .status");
            status.waitFor();
            assertThat(status.getAttribute("role")).isEqualTo("status");
            assertThat(status.textContent()).matches("You are sending messages quickly\\. Please wait \\d+ seconds, then try again\\.");
            assertThat(tab.input().inputValue()).as("the question is given back").isEqualTo("What is leukemia?");
            assertThat(tab.page.locator("health-library-assistant [role=log] .msg").count()).isEqualTo(4);
            tab.problems.removeIf(p -> p.contains("429"));
            tab.assertAccessible("with the rate-limit message");
        }

        Response refused = null;
        for (int i = 0; i < 3 && refused == null; i++) {
            Response r = given().contentType(ContentType.JSON).body("{\"message\": \"What is anemia?\"}").post("/api/chat");
            if (r.statusCode() == 429) {
                refused = r;
            }
        }
        assertThat(refused).as("a 429 within three requests").isNotNull();
        assertThat(refused.contentType()).startsWith("application/json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(refused.jsonPath().getString("error")).isEqualTo("rate_limited");
        assertThat(refused.jsonPath().getString("message")).startsWith("Too many messages in a short time. Please wait ");
        assertThat(refused.jsonPath().getString("disclaimer")).isEqualTo(SafetyEnglish.DISCLAIMER);
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
    }
}
