package org.healthlibrary.assistant.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    private final ResponseHeaders headers = new ResponseHeaders(3600, 31_536_000, Set.of("https://www.example-hospital.org"));

    @Test
    void everyResponseHasAStrictPolicyWithoutInlineScriptOrStyle() {
        Map<String, String> h = headers.forPath("/", null);
        assertThat(h.get("Content-Security-Policy")).isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; "
                + "connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'self' https://www.example-hospital.org");
        assertThat(h).containsEntry("X-Content-Type-Options", "nosniff").containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("Cache-Control", "no-cache");
    }

    @Test
    void answersAreNeverStored() {
        assertThat(headers.forPath("/api/chat", null)).containsEntry("Cache-Control", "no-store");
        assertThat(headers.forPath("/api/chat/stream", null)).containsEntry("Cache-Control", "no-store");
        assertThat(headers.forPath("/api/feedback", null)).containsEntry("Cache-Control", "no-store");
    }

    @Test
    void versionedWidgetFilesAreCachedForAYearAndTheEntryScriptForAnHour() {
        assertThat(headers.forPath("/widget/v1/assistant.css", "v=4b2d8de1d1e8"))
                .containsEntry("Cache-Control", "public, max-age=31536000, immutable")
                .containsEntry("Cross-Origin-Resource-Policy", "cross-origin");
        assertThat(headers.forPath("/widget/v1/assistant.js", null)).containsEntry("Cache-Control", "public, max-age=3600");
        assertThat(headers.forPath("/widget/v1/assistant.js", "x=1&v=2"))
                .containsEntry("Cache-Control", "public, max-age=31536000, immutable");
        assertThat(headers.forPath("/widget/v1/assistant.js", "version=2")).containsEntry("Cache-Control", "public, max-age=3600");
    }
}
