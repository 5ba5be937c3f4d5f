package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.model.LaunchRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gate in front of the skill: start-up warnings, verification on by default, and off only when asked. */
class AlexaRequestReaderTest {

    record Config(boolean verify, Optional<List<String>> applicationIds, Optional<Path> trustedRoots,
                  Duration timestampTolerance, Duration certificateFetchTimeout) implements VoiceConfig {
        static Config of(boolean verify, List<String> ids) {
            return new Config(verify, Optional.of(ids), Optional.of(TestPki.shared().rootPem()),
                    Duration.ofSeconds(150), Duration.ofSeconds(5));
        }
    }

    @Test
    void verificationOffIsWarnedAboutAndOnlyParses() {
        Config off = Config.of(false, List.of());
        assertThat(AlexaRequestReader.warnings(off)).singleElement().asString()
                .contains("verification is OFF", "assistant.alexa.verify=false");
        AlexaRequestReader reader = new AlexaRequestReader(off, new StubCertificateFetcher());
        assertThat(reader.read(AlexaRequestBodies.of("launch").bytes(), null, null).getRequest())
                .isInstanceOf(LaunchRequest.class);
    }

    @Test
    void verificationOnWithoutApplicationIdsIsWarnedAboutAndRejectsEvenAValidRequest() {
        Config noIds = Config.of(true, List.of(" "));
        assertThat(AlexaRequestReader.warnings(noIds)).singleElement().asString()
                .contains("assistant.alexa.application-ids");
        AlexaRequestReader reader = new AlexaRequestReader(noIds, new StubCertificateFetcher());
        byte[] body = AlexaRequestBodies.of("launch").bytes();
        assertThatThrownBy(() -> reader.read(body, AlexaRequestBodies.sign(body, TestPki.shared().signingKey()),
                TestPki.url(TestPki.VALID)))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.error()).isEqualTo("alexa_not_configured");
                    assertThat(e.getMessage()).contains("assistant.alexa.application-ids");
                });
    }

    @Test
    void verificationOnWithAnApplicationIdIsQuietAndChecksEverything() {
        Config on = Config.of(true, List.of(AlexaRequestBodies.APPLICATION_ID));
        assertThat(AlexaRequestReader.warnings(on)).isEmpty();
        AlexaRequestReader reader = new AlexaRequestReader(on, new StubCertificateFetcher());
        byte[] body = AlexaRequestBodies.of("launch").bytes();
        assertThat(reader.read(body, AlexaRequestBodies.sign(body, TestPki.shared().signingKey()),
                TestPki.url(TestPki.VALID)).getRequest()).isInstanceOf(LaunchRequest.class);
        assertThatThrownBy(() -> reader.read(body, null, null)).isInstanceOf(VerificationException.class);
    }

    @Test
    void malformedJsonIsA400AfterTheSignatureCheck() {
        AlexaRequestReader reader = new AlexaRequestReader(Config.of(true, List.of(AlexaRequestBodies.APPLICATION_ID)),
                new StubCertificateFetcher());
        byte[] body = "{\"version\": \"1.0\", \"request\": ".getBytes();
        assertThatThrownBy(() -> reader.read(body, "AAAA", TestPki.url(TestPki.VALID)))
                .isInstanceOfSatisfying(VerificationException.class, e -> assertThat(e.error()).isEqualTo("invalid_signature"));
        assertThatThrownBy(() -> reader.read(body, AlexaRequestBodies.sign(body, TestPki.shared().signingKey()),
                TestPki.url(TestPki.VALID)))
                .isInstanceOfSatisfying(org.healthlibrary.assistant.http.ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("malformed_json");
                });
    }

    @Test
    void aMisconfiguredTrustedRootsFileStopsStartUpWithItsName() {
        Config bad = new Config(true, Optional.of(List.of("x")), Optional.of(Path.of("/nonexistent/roots.pem")),
                Duration.ofSeconds(150), Duration.ofSeconds(5));
        assertThatThrownBy(() -> new AlexaRequestReader(bad, new StubCertificateFetcher()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nonexistent/roots.pem");
    }
}
