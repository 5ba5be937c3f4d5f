package org.healthlibrary.assistant.http;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a browser request from another origin may read our responses: only the
 * configured hospital origins may ({@link WebConfig#allowedOrigins()}), and the service's own
 * origin always. Origins are compared without case and without a trailing slash. Immutable and
 * thread-safe.
 */
public final class CorsPolicy {

    /** Headers a browser may read from a cross-origin response. */
    public static final String EXPOSED_HEADERS = "X-Trace-Id, Retry-After";
    /** Methods the API takes from the widget. */
    public static final String ALLOWED_METHODS = "GET, POST";
    /** Request headers the widget sends. */
    public static final String ALLOWED_HEADERS = "Content-Type, Accept";

    private final Set<String> allowed;

    public CorsPolicy(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(CorsPolicy::normal).filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True when a page from {@code origin} may call a service that is itself at {@code selfOrigin}. */
    public boolean allows(String origin, String selfOrigin) {
        if (origin == null) {
            return true;
        }
        String o = normal(origin);
        return o.equals(normal(selfOrigin)) || allowed.contains(o);
    }

    /** The configured origins, normalised (for the Content-Security-Policy's frame-ancestors). */
    public Set<String> origins() {
        return allowed;
    }

    private static String normal(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
