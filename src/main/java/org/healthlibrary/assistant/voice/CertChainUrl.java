package org.healthlibrary.assistant.voice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks the {@code SignatureCertChainUrl} header as Amazon specifies: after normalising the
 * path ({@code ..} segments), the scheme is {@code https} and the host {@code s3.amazonaws.com}
 * (both case-insensitive), the path starts with {@code /echo.api/} (case-sensitive), and the
 * port, if given, is 443. Also refused, as no genuine URL has them: user info and encoded dots
 * or slashes in the path. Stateless.
 */
final class CertChainUrl {

    static final String ERROR = "invalid_certificate_url";

    private CertChainUrl() {
    }

    /** The normalised URL to fetch the chain from. */
    static URI check(String header) {
        if (header == null || header.isBlank()) {
            throw new VerificationException("missing_signature",
                    "The SignatureCertChainUrl header is missing. Requests must come from Alexa.");
        }
        URI uri;
        try {
            uri = new URI(header.strip()).normalize();
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL");
        }
        if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase("https")) {
            throw invalid("must use https");
        }
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase("s3.amazonaws.com")) {
            throw invalid("must be on host s3.amazonaws.com");
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            throw invalid("must use port 443");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not contain user information");
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/echo.api/")) {
            throw invalid("must have a path under /echo.api/");
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")) {
            throw invalid("must not contain encoded dots or slashes");
        }
        return uri;
    }

    private static VerificationException invalid(String why) {
        return new VerificationException(ERROR, "The SignatureCertChainUrl header " + why + ".");
    }
}
