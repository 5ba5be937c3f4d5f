package org.healthlibrary.assistant.voice;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads the certificate chain over HTTPS with {@code java.net.http}: no redirects, the
 * configured time limit, at most 64 KB. Thread-safe (one shared client).
 */
@ApplicationScoped
public class HttpCertificateFetcher implements CertificateFetcher {

    static final int MAX_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public HttpCertificateFetcher(VoiceConfig config) {
        this.timeout = config.certificateFetchTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public byte[] fetch(URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while downloading the certificate chain", e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for the certificate chain");
            }
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new IOException("The certificate chain is larger than " + MAX_BYTES + " bytes");
            }
            return body;
        }
    }
}
