package org.healthlibrary.assistant.voice;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * Verification on, as in production, with the test PKI's root as the only trusted root, the
 * test application id allowed, and certificates served by {@link TestCertificateFetcher}.
 */
public class VerifiedAlexaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.alexa.verify", "true",
                "assistant.alexa.application-ids", AlexaRequestBodies.APPLICATION_ID,
                "assistant.alexa.trusted-roots", TestPki.shared().rootPem().toString());
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestCertificateFetcher.class);
    }
}
