package org.healthlibrary.assistant.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.Test;

/**
 * Per-client rate limits on PostgreSQL are one budget across replicas: two limiters over the same
 * table (two replicas' worth) take from the same bucket of a client, and the service's 429 is the
 * same JSON with {@code Retry-After} as with buckets in memory.
 */
@QuarkusTest
@TestProfile(SharedRateLimitProfile.class)
class SharedRateLimitPostgresqlTest {

    @Inject
    @DataSource("postgresql")
    AgroalDataSource dataSource;
    @Inject
    RateLimiters limiters;

    private ClientRateLimiter replica() {
        return ClientRateLimiter.shared(3, Duration.ofMinutes(10), RateLimiters.proxyManager(dataSource, Duration.ofMinutes(10)));
    }

    @Test
    void theServiceKeepsItsBucketsInTheDatabase() {
        assertThat(limiters.limiter()).get().extracting(ClientRateLimiter::blocking).isEqualTo(true);
    }

    @Test
    void twoReplicasShareOneClientsBudget() {
        ClientRateLimiter a = replica();
        ClientRateLimiter b = replica();
        String client = "10.9." + UUID.randomUUID();
        List<Long> waits = new ArrayList<>();
        waits.add(a.retryAfterSeconds(client));
        waits.add(b.retryAfterSeconds(client));
        waits.add(a.retryAfterSeconds(client));
        assertThat(waits).as("three requests of the budget, on either replica").containsExactly(0L, 0L, 0L);
        assertThat(b.retryAfterSeconds(client)).as("the fourth, on the other replica: one token refills in 200 s")
                .isBetween(199L, 200L);
        assertThat(a.retryAfterSeconds(client)).isBetween(199L, 200L);
        assertThat(b.retryAfterSeconds("10.9." + UUID.randomUUID())).as("another client is not affected").isZero();
    }

    @Test
    void overTheLimitTheServiceAnswers429JsonWithRetryAfter() {
        Response refused = null;
        for (int i = 0; i <= SharedRateLimitProfile.REQUESTS && refused == null; i++) {
            Response r = given().contentType(ContentType.JSON).body("{\"message\": \"What is anemia?\"}").post("/api/chat");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertThat(r.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("a 429 within four requests").isNotNull();
        assertThat(refused.contentType()).startsWith("application/json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 200L);
        assertThat(refused.jsonPath().getString("error")).isEqualTo("rate_limited");
        assertThat(refused.jsonPath().getString("message")).startsWith("Too many messages in a short time. Please wait ");
        assertThat(refused.jsonPath().getString("disclaimer")).isEqualTo(SafetyEnglish.DISCLAIMER);
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void expiredBucketsAreDeleted() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("insert into rate_limit_bucket (id, state, expires_at) values ('gone-"
                    + UUID.randomUUID() + "', null, 1)");
        }
        assertThat(limiters.removeExpired()).isGreaterThanOrEqualTo(1);
    }
}
