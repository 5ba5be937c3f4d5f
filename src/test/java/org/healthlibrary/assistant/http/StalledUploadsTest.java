package org.healthlibrary.assistant.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Clients that announce a body and never finish it (a body shorter than its Content-Length)
 * hold no worker thread: with many of them open, chat, search and readiness still answer; each
 * stalled request is answered 408 and closed once the body timeout passes; beyond the cap on
 * bodies in flight, the next upload is refused at once with 503.
 */
@QuarkusTest
@TestProfile(StalledUploadsTest.ShortBodyTimeout.class)
class StalledUploadsTest {

    /** More stalled uploads than worker threads would survive, and a short body timeout. */
    public static class ShortBodyTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.http.body-timeout", "5s",
                    "assistant.http.max-pending-bodies", "60",
                    "quarkus.thread-pool.max-threads", "8");
        }
    }

    private static final int STALLED = 40;

    @TestHTTPResource("/")
    URL root;

    @Inject
    RequestLimits limits;

    /** Fails a request rather than waiting for ever if the service stopped answering. */
    private static final RestAssuredConfig GUARD = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 20_000));

    private List<Socket> stall(int count, String path) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket("localhost", root.getPort());
            s.setSoTimeout(20_000);
            s.getOutputStream().write(RawHttp.ascii("POST " + path + " HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"message\": \"wh"));
            s.getOutputStream().flush();
            sockets.add(s);
        }
        return sockets;
    }

    @Test
    void stalledUploadsDoNotStopOthersAndAreClosedAfterTheTimeout() throws IOException {
        List<Socket> stalled = new ArrayList<>(stall(STALLED / 2, "/api/chat"));
        stalled.addAll(stall(STALLED / 2, "/api/chat/stream"));
        try {
            given().config(GUARD).contentType(ContentType.JSON).body("{\"message\": \"What is anemia?\"}")
                    .when().post("/api/chat").then().statusCode(200).body("outcome", equalTo("ANSWERED"));
            given().config(GUARD).queryParam("q", "low platelets").when().get("/api/search").then().statusCode(200);
            given().config(GUARD).when().get("/q/health/ready").then().statusCode(200);
            for (Socket s : stalled) {
                String response = RawHttp.readAll(s.getInputStream());
                assertThat(RawHttp.statusLine(response)).isEqualTo("HTTP/1.1 408 Request Timeout");
                assertThat(RawHttp.body(response)).contains("\"error\":\"body_timeout\"");
                assertThat(s.getInputStream().read()).as("connection closed").isEqualTo(-1);
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void uploadsBeyondTheCapAreRefusedAtOnce() throws IOException, InterruptedException {
        List<Socket> stalled = stall(60, "/api/chat");
        try {
            for (int i = 0; i < 100 && limits.pending() < 60; i++) {
                Thread.sleep(20); // until the service has read the 60 requests' headers
            }
            assertThat(limits.pending()).isEqualTo(60);
            String response = RawHttp.exchange(root.getPort(), RawHttp.ascii("POST /api/chat HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"message\": \"wh"), 20_000);
            assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 503");
            assertThat(response).containsIgnoringCase("retry-after: 5");
            assertThat(RawHttp.body(response)).contains("\"error\":\"too_many_uploads\"");
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }
}
