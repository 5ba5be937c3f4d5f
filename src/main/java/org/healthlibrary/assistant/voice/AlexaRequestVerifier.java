package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.RequestEnvelope;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Amazon's checks for a self-hosted skill, in two steps: {@link #verifySignature} over the raw
 * body before it is parsed (certificate chain URL, certificate, {@code Signature-256}), then
 * {@link #verifyEnvelope} on the parsed request (timestamp, application id). Each failure is a
 * {@link VerificationException} whose {@code error} code names the check. Thread-safe.
 */
public final class AlexaRequestVerifier {

    /** Amazon's upper bound for the timestamp tolerance. */
    static final Duration MAX_TOLERANCE = Duration.ofSeconds(150);

    private final SigningCertificates certificates;
    private final Clock clock;
    private final Duration tolerance;
    private final Set<String> applicationIds;

    AlexaRequestVerifier(SigningCertificates certificates, Clock clock, Duration tolerance, Set<String> applicationIds) {
        this.certificates = certificates;
        this.clock = clock;
        this.tolerance = tolerance.compareTo(MAX_TOLERANCE) > 0 ? MAX_TOLERANCE : tolerance;
        this.applicationIds = Set.copyOf(applicationIds);
    }

    /**
     * Checks that {@code body} was signed by Alexa.
     *
     * @param body         the request body exactly as received
     * @param signature256 the {@code Signature-256} header: base64 SHA256withRSA signature of the body
     * @param certChainUrl the {@code SignatureCertChainUrl} header
     */
    public void verifySignature(byte[] body, String signature256, String certChainUrl) {
        if (signature256 == null || signature256.isBlank()) {
            throw new VerificationException("missing_signature",
                    "The Signature-256 header is missing. Requests must come from Alexa.");
        }
        X509Certificate signing = certificates.forUrl(CertChainUrl.check(certChainUrl));
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(signature256.strip());
        } catch (IllegalArgumentException e) {
            throw badSignature();
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(signing.getPublicKey());
            verifier.update(body);
            if (!verifier.verify(signature)) {
                throw badSignature();
            }
        } catch (GeneralSecurityException e) {
            throw badSignature();
        }
    }

    /** Checks the request's timestamp and that it is meant for one of our skills. */
    public void verifyEnvelope(RequestEnvelope envelope) {
        OffsetDateTime timestamp = envelope.getRequest() == null ? null : envelope.getRequest().getTimestamp();
        if (timestamp == null) {
            throw new VerificationException("invalid_timestamp", "The request has no timestamp.");
        }
        Duration skew = Duration.between(timestamp.toInstant(), clock.instant()).abs();
        if (skew.compareTo(tolerance) > 0) {
            throw new VerificationException("invalid_timestamp",
                    "The request timestamp is more than " + tolerance.toSeconds() + " seconds from the server's clock.");
        }
        List<String> ids = applicationIdsOf(envelope);
        if (ids.isEmpty()) {
            throw new VerificationException("unknown_application", "The request names no skill application id.");
        }
        for (String id : ids) {
            if (!applicationIds.contains(id)) {
                throw new VerificationException("unknown_application",
                        "The request is for a skill this service does not serve.");
            }
        }
    }

    /** The application ids the request carries: context.System.application and session.application. */
    private static List<String> applicationIdsOf(RequestEnvelope envelope) {
        List<String> ids = new ArrayList<>();
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null) {
            add(ids, envelope.getContext().getSystem().getApplication());
        }
        if (envelope.getSession() != null) {
            add(ids, envelope.getSession().getApplication());
        }
        return ids;
    }

    private static void add(List<String> ids, Application application) {
        if (application != null && application.getApplicationId() != null) {
            ids.add(application.getApplicationId());
        }
    }

    private static VerificationException badSignature() {
        return new VerificationException("invalid_signature", "The request signature does not match its body.");
    }
}
