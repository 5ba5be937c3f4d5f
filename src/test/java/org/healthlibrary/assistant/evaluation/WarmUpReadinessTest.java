package org.healthlibrary.assistant.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.healthlibrary.assistant.answer.TraceStore;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up in the running service (its own profile, with the warm-up on and 40
 * answers): readiness says {@code warm-up} is done with 40 answers once it is, and the rehearsed
 * answers left no trace (nothing a patient sent, nothing for the console).
 */
@QuarkusTest
@TestProfile(WarmUpReadinessTest.FortyAnswers.class)
class WarmUpReadinessTest {

    /** The warm-up on, with 40 answers on one thread. */
    public static class FortyAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.warm-up.enabled", "true", "assistant.warm-up.answers", "40",
                    "assistant.warm-up.threads", "1");
        }
    }

    @Inject
    WarmUp warmUp;

    @Inject
    TraceStore traces;

    @Test
    void readinessWaitsForTheWarmUpWhichLeavesNoTrace() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!warmUp.status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(warmUp.status().state()).isEqualTo(WarmUpStatus.State.DONE);
        assertThat(warmUp.status().answers()).isEqualTo(40);
        assertThat(warmUp.status().failures()).isZero();
        assertThat(traces.size()).isZero();

        JsonPath ready = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'warm-up' }.status")).isEqualTo("UP");
        assertThat(ready.getInt("checks.find { it.name == 'warm-up' }.data.answers")).isEqualTo(40);
        assertThat(ready.getString("checks.find { it.name == 'warm-up' }.data.state")).isEqualTo("done");
        assertThat(ready.getInt("checks.find { it.name == 'warm-up' }.data.failures")).isZero();
    }
}
