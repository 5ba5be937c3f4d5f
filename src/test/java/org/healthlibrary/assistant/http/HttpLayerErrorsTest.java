package org.healthlibrary.assistant.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Rejections below the REST layer (body too large, URI too long, headers too large, a body with
 * no content type) are JSON {error, message} with the disclaimer, like every other error, and
 * close the connection where the rest of the request will not be read. A request that asks for
 * the cleartext HTTP/2 upgrade is answered over HTTP/1.1 (it got a 500 while the upgrade was on).
 */
@QuarkusTest
class HttpLayerErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    private String send(String request) throws IOException {
        return RawHttp.exchange(root.getPort(), RawHttp.ascii(request), 10_000);
    }

    private static JsonNode json(String response) throws IOException {
        assertThat(response).containsIgnoringCase("content-type: application/json");
        JsonNode body = JSON.readTree(RawHttp.body(response));
        assertThat(body.path("message").asText()).isNotBlank();
        assertThat(body.path("disclaimer").asText()).contains("healthcare provider");
        return body;
    }

    @Test
    void aBodyOverTheLimitIs413Json() throws IOException {
        String body = "{\"message\": \"" + "a".repeat(70_000) + "\"}";
        String response = send("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        assertThat(RawHttp.statusLine(response)).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        assertThat(json(response).path("error").asText()).isEqualTo("body_too_large");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Json() throws IOException {
        String chunk = "{\"message\": \"" + "a".repeat(70_000) + "\"}";
        String response = send("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk
                + "\r\n0\r\n\r\n");
        assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 413");
        assertThat(json(response).path("error").asText()).isEqualTo("body_too_large");
    }

    @Test
    void aLongUriIs414Json() throws IOException {
        String response = send("GET /api/search?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 414");
        assertThat(json(response).path("error").asText()).isEqualTo("uri_too_long");
    }

    @Test
    void largeHeadersAre431Json() throws IOException {
        String response = send("GET /api/search?q=anemia HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(30_000)
                + "\r\n\r\n");
        assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 431");
        assertThat(json(response).path("error").asText()).isEqualTo("headers_too_large");
    }

    /**
     * A request line the HTTP codec cannot parse never reaches a route or a filter: Vert.x answers
     * it itself (its default invalid-request handler, which Quarkus offers no way to replace) with
     * an HTTP/1.0 400, no body and no headers of ours, and closes the connection. README documents this as the behaviour.
     */
    @Test
    void aRequestLineTheCodecCannotParseIs400WithNoBodyAndTheConnectionClosed() throws IOException {
        for (String garbage : new String[] {"GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET /api/info HTTP/1.1 extra\r\nHost: x\r\n\r\n"}) {
            RawHttp.Exchange exchange = RawHttp.exchangeAndClose(root.getPort(), RawHttp.ascii(garbage), 10_000);
            assertThat(exchange.response()).as(garbage).isEqualTo("HTTP/1.0 400 Bad Request\r\ncontent-length: 0\r\n\r\n");
            assertThat(exchange.closed()).as(garbage + ": the connection is closed").isTrue();
        }
    }

    @Test
    void aBodyWithoutContentTypeIs415Json() throws IOException {
        String body = "{\"message\": \"What is anemia?\"}";
        String response = send("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body);
        assertThat(RawHttp.statusLine(response)).startsWith("HTTP/1.1 415");
        assertThat(json(response).path("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void aPostThatAsksForTheCleartextHttp2UpgradeIsAnsweredOverHttp11() throws IOException {
        String body = "{\"message\": \"What is pancytopenia?\"}";
        String response = send("POST /api/chat HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        assertThat(RawHttp.statusLine(response)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(RawHttp.body(response)).contains("\"outcome\":\"ANSWERED\"");
    }
}
