package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production fetcher against a loopback HTTP server: body, non-200, redirects, size and time limits. */
class HttpCertificateFetcherTest {

    private HttpServer server;
    private HttpCertificateFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] chain = TestPki.shared().chain(TestPki.VALID);
        server.createContext("/echo.api/chain.pem", ex -> reply(ex, 200, chain));
        server.createContext("/echo.api/missing.pem", ex -> reply(ex, 404, new byte[0]));
        server.createContext("/echo.api/moved.pem", ex -> {
            ex.getResponseHeaders().add("Location", "/echo.api/chain.pem");
            reply(ex, 302, new byte[0]);
        });
        server.createContext("/echo.api/huge.pem", ex -> reply(ex, 200, new byte[HttpCertificateFetcher.MAX_BYTES + 1]));
        server.createContext("/echo.api/slow.pem", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, chain);
        });
        server.start();
        fetcher = new HttpCertificateFetcher(new AlexaRequestReaderTest.Config(true, Optional.of(List.of("x")),
                Optional.empty(), Duration.ofSeconds(150), Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void returnsTheChainBytes() throws IOException {
        assertThat(fetcher.fetch(url("/echo.api/chain.pem"))).isEqualTo(TestPki.shared().chain(TestPki.VALID));
    }

    @Test
    void aNon200StatusIsAnError() {
        assertThatThrownBy(() -> fetcher.fetch(url("/echo.api/missing.pem"))).isInstanceOf(IOException.class)
                .hasMessageContaining("404");
    }

    @Test
    void redirectsAreNotFollowed() {
        assertThatThrownBy(() -> fetcher.fetch(url("/echo.api/moved.pem"))).isInstanceOf(IOException.class)
                .hasMessageContaining("302");
    }

    @Test
    void aBodyOver64KbIsAnError() {
        assertThatThrownBy(() -> fetcher.fetch(url("/echo.api/huge.pem"))).isInstanceOf(IOException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void aSlowServerTimesOut() {
        assertThatThrownBy(() -> fetcher.fetch(url("/echo.api/slow.pem"))).isInstanceOf(IOException.class);
    }
}
