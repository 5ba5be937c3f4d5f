package org.healthlibrary.assistant.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The security and cache headers of every response, by path: a Content-Security-Policy with no
 * inline script or style, {@code nosniff}, no referrer; {@code no-store} on the API (answers are
 * about someone's health and must not be cached anywhere); a long, immutable cache on versioned
 * widget files ({@code ?v=...}) and a short one on the widget's entry script, whose URL is
 * pasted into hospital pages and never changes. Immutable and thread-safe.
 */
public final class ResponseHeaders {

    /** Where the widget's files are served. */
    public static final String WIDGET_PATH = "/widget/v1/";

    private final String csp;
    private final long scriptMaxAge;
    private final long versionedMaxAge;

    public ResponseHeaders(WebConfig config, Set<String> embeddingOrigins) {
        this(config.scriptMaxAge().toSeconds(), config.versionedMaxAge().toSeconds(), embeddingOrigins);
    }

    ResponseHeaders(long scriptMaxAgeSeconds, long versionedMaxAgeSeconds, Set<String> embeddingOrigins) {
        this.scriptMaxAge = scriptMaxAgeSeconds;
        this.versionedMaxAge = versionedMaxAgeSeconds;
        StringBuilder ancestors = new StringBuilder("'self'");
        embeddingOrigins.stream().sorted().forEach(o -> ancestors.append(' ').append(o));
        this.csp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors " + ancestors;
    }

    /** The headers for a response to {@code path} (without query) whose query string is {@code query} (may be null). */
    public Map<String, String> forPath(String path, String query) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", csp);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            headers.put("Cache-Control", "no-store");
        } else if (path.startsWith(WIDGET_PATH)) {
            boolean versioned = query != null && (query.startsWith("v=") || query.contains("&v="));
            headers.put("Cache-Control", versioned
                    ? "public, max-age=" + versionedMaxAge + ", immutable"
                    : "public, max-age=" + scriptMaxAge);
            // Hospital pages load these files from another origin, also under Cross-Origin-Embedder-Policy.
            headers.put("Cross-Origin-Resource-Policy", "cross-origin");
        } else {
            headers.put("Cache-Control", "no-cache");
        }
        return headers;
    }
}
