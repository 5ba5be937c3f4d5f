package org.healthlibrary.assistant.voice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Alexa's signing certificates, fetched by URL, validated, and cached by URL until the
 * certificate's {@code notAfter} (a Caffeine cache of at most {@value #MAX_ENTRIES} URLs, whose
 * clock is the verifier's). A certificate is accepted when it is valid now, names {@value #ECHO_API} among its
 * DNS subject alternative names, and its chain validates (PKIX, no revocation check) to one of
 * the trusted roots. Only accepted certificates are cached. Thread-safe; two threads may fetch
 * the same URL at once, which is harmless.
 */
final class SigningCertificates {

    static final String ECHO_API = "echo-api.amazon.com";
    static final int MAX_ENTRIES = 16;

    private static final int DNS_NAME = 2;

    private final CertificateFetcher fetcher;
    private final Set<TrustAnchor> roots;
    private final Clock clock;
    private final Cache<URI, X509Certificate> cache;

    SigningCertificates(CertificateFetcher fetcher, Set<TrustAnchor> roots, Clock clock) {
        this.fetcher = fetcher;
        this.roots = Set.copyOf(roots);
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfter(Expiry.<URI, X509Certificate>creating((url, cert) -> untilNotAfter(cert)))
                .ticker(() -> nanos(clock.instant()))
                .executor(Runnable::run)
                .build();
    }

    /** The validated signing certificate at {@code url} (already checked by {@link CertChainUrl}). */
    X509Certificate forUrl(URI url) {
        X509Certificate cached = cache.getIfPresent(url);
        if (cached != null) {
            return cached;
        }
        X509Certificate fresh = validate(parse(download(url)), clock.instant());
        cache.put(url, fresh);
        return fresh;
    }

    /** How long an accepted certificate may stay cached: until its {@code notAfter}, never negative. */
    private Duration untilNotAfter(X509Certificate cert) {
        Duration left = Duration.between(clock.instant(), cert.getNotAfter().toInstant());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private byte[] download(URI url) {
        try {
            return fetcher.fetch(url);
        } catch (IOException e) {
            throw new VerificationException("certificate_unavailable",
                    "Alexa's signing certificate chain could not be downloaded.", e);
        }
    }

    private static List<X509Certificate> parse(byte[] pem) {
        try {
            Collection<? extends java.security.cert.Certificate> certs =
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
            List<X509Certificate> chain = new ArrayList<>();
            for (var c : certs) {
                chain.add((X509Certificate) c);
            }
            if (chain.isEmpty()) {
                throw invalid("The signing certificate chain holds no certificate.", null);
            }
            return chain;
        } catch (GeneralSecurityException e) {
            throw invalid("The signing certificate chain is not valid PEM.", e);
        }
    }

    private X509Certificate validate(List<X509Certificate> chain, Instant now) {
        X509Certificate signing = chain.getFirst();
        try {
            signing.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw invalid("The signing certificate has expired.", e);
        } catch (CertificateNotYetValidException e) {
            throw invalid("The signing certificate is not valid yet.", e);
        }
        if (!namesEchoApi(signing)) {
            throw invalid("The signing certificate is not issued to " + ECHO_API + ".", null);
        }
        try {
            PKIXParameters params = new PKIXParameters(roots);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(now));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(withoutSelfSigned(chain)), params);
        } catch (GeneralSecurityException e) {
            throw invalid("The signing certificate chain does not lead to a trusted root.", e);
        }
        return signing;
    }

    /** The path to validate: the chain minus self-signed roots, which only count as trust anchors. */
    private static List<X509Certificate> withoutSelfSigned(List<X509Certificate> chain) {
        List<X509Certificate> path = new ArrayList<>(chain);
        while (path.size() > 1 && path.getLast().getSubjectX500Principal().equals(path.getLast().getIssuerX500Principal())) {
            path.removeLast();
        }
        return path;
    }

    private static boolean namesEchoApi(X509Certificate cert) {
        try {
            Collection<List<?>> names = cert.getSubjectAlternativeNames();
            if (names == null) {
                return false;
            }
            for (List<?> name : names) {
                if (name.size() >= 2 && Integer.valueOf(DNS_NAME).equals(name.get(0))
                        && name.get(1) instanceof String dns && dns.equalsIgnoreCase(ECHO_API)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static VerificationException invalid(String message, Throwable cause) {
        return new VerificationException("invalid_certificate", message, cause);
    }
}
