package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.RequestEnvelope;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Turns the raw bytes of {@code POST /api/alexa} into a request that may be handled: with
 * verification on (the default), the signature over the exact bytes is checked first, then the
 * body is parsed, then its timestamp and application id are checked; any failure is a 400 before
 * anything else runs. With {@code assistant.alexa.verify=false} it only parses, and says so in a
 * warning at start-up. Misconfigured trusted roots stop start-up. Thread-safe.
 */
@ApplicationScoped
public class AlexaRequestReader {

    private static final Logger LOG = Logger.getLogger(AlexaRequestReader.class);

    private final VoiceConfig config;
    private final AlexaRequestVerifier verifier;

    @Inject
    public AlexaRequestReader(VoiceConfig config, CertificateFetcher fetcher) {
        this.config = config;
        this.verifier = config.verify() ? verifier(config, fetcher) : null;
    }

    void onStart(@Observes StartupEvent event) {
        warnings(config).forEach(LOG::warn);
    }

    /** The parsed request, verified when verification is on. */
    public RequestEnvelope read(byte[] body, String signature256, String certChainUrl) {
        if (body == null || body.length == 0) {
            throw new VerificationException("missing_body", "The request has no body. Send an Alexa request envelope.");
        }
        if (verifier == null) {
            return AlexaJson.read(body);
        }
        if (allowedIds(config).isEmpty()) {
            throw new VerificationException("alexa_not_configured", "This service answers no Alexa skill yet: "
                    + "its operator must set assistant.alexa.application-ids to the skill's application id.");
        }
        try {
            verifier.verifySignature(body, signature256, certChainUrl);
            RequestEnvelope envelope = AlexaJson.read(body);
            verifier.verifyEnvelope(envelope);
            return envelope;
        } catch (VerificationException e) {
            LOG.infof("Alexa request rejected: %s", e.error());
            throw e;
        }
    }

    /** What an operator must be told at start-up about this configuration. */
    static List<String> warnings(VoiceConfig config) {
        List<String> out = new ArrayList<>();
        if (!config.verify()) {
            out.add("Alexa request verification is OFF (assistant.alexa.verify=false): POST /api/alexa answers "
                    + "unsigned requests from anyone. Use this only for local testing; Amazon requires verification.");
        } else {
            if (allowedIds(config).isEmpty()) {
                out.add("No Alexa skill application id is allowed, so every POST /api/alexa request is rejected. "
                        + "Set assistant.alexa.application-ids to your skill's id (amzn1.ask.skill...).");
            }
            if (config.timestampTolerance().compareTo(AlexaRequestVerifier.MAX_TOLERANCE) > 0) {
                out.add("assistant.alexa.timestamp-tolerance is above Amazon's limit; 150 seconds is used.");
            }
        }
        return out;
    }

    private static Set<String> allowedIds(VoiceConfig config) {
        Set<String> ids = new HashSet<>();
        config.applicationIds().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }

    private static AlexaRequestVerifier verifier(VoiceConfig config, CertificateFetcher fetcher) {
        var roots = config.trustedRoots().map(TrustedRoots::fromPem).orElseGet(TrustedRoots::jvmDefault);
        Clock clock = Clock.systemUTC();
        return new AlexaRequestVerifier(new SigningCertificates(fetcher, roots, clock), clock,
                config.timestampTolerance(), allowedIds(config));
    }
}
