package org.healthlibrary.assistant.knowledge.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.healthlibrary.assistant.knowledge.Slugs;

/**
 * Maps page addresses to article ids: the last path segment without its extension, slugged
 * ({@code https://h.org/health/low-platelets.html} is {@code low-platelets}). Also decides which
 * links point into the same health library (relative links, or the page's own host) and so may
 * become {@code [text](id.md)} links. Immutable and thread-safe.
 */
final class PageLinks {

    private final String host;

    /** Links for a page at {@code pageUrl} (may be empty: then only relative links are internal). */
    PageLinks(String pageUrl) {
        this.host = uri(pageUrl).map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** The article id a URL names, if its path has a usable last segment. */
    static Optional<String> idOf(String url) {
        Optional<URI> uri = uri(url);
        String path = uri.map(URI::getRawPath).orElse(null);
        if (path == null) {
            return Optional.empty();
        }
        return lastSegmentId(path);
    }

    /** The article id of a saved page's file name ({@code "Low Platelets.html"} is {@code low-platelets}). */
    static String idOfFileName(String fileName) {
        return Slugs.of(splitCamelCase(stripExtension(fileName)));
    }

    /** The target id when {@code href} points to another page of this library, else empty. */
    Optional<String> internalTarget(String href) {
        String h = href == null ? "" : href.strip();
        if (h.isEmpty() || h.startsWith("#")) {
            return Optional.empty();
        }
        Optional<URI> uri = uri(h);
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        URI u = uri.get();
        if (u.getScheme() != null) {
            boolean web = u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https");
            if (!web || host == null || u.getHost() == null || !u.getHost().equalsIgnoreCase(host)) {
                return Optional.empty();
            }
        }
        return u.getRawPath() == null ? Optional.empty() : lastSegmentId(u.getRawPath());
    }

    private static Optional<String> lastSegmentId(String rawPath) {
        String path = rawPath.replaceAll("/+$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        last = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        last = stripExtension(last);
        if (last.isBlank() || last.equalsIgnoreCase("index") || last.equalsIgnoreCase("default")) {
            return Optional.empty();
        }
        return Optional.of(Slugs.of(splitCamelCase(last)));
    }

    /** {@code PolycythemiaVera} becomes {@code Polycythemia-Vera} ({@code B12Deficiency}: {@code B12-Deficiency}), so its slug keeps the word break. */
    private static String splitCamelCase(String name) {
        return name.replaceAll("(?<=[\\p{Ll}\\d])(?=\\p{Lu}\\p{Ll})", "-");
    }

    private static String stripExtension(String name) {
        return name.replaceFirst("(?i)\\.(html?|aspx?|php|jsp|md|htm)$", "");
    }

    private static Optional<URI> uri(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(s.strip().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
