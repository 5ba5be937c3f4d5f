package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.TrustAnchor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every check of Alexa request verification, offline, with the test PKI and a fixed clock. */
class AlexaRequestVerifierTest {

    private static final TestPki PKI = TestPki.shared();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final StubCertificateFetcher fetcher = new StubCertificateFetcher();
    private final MutableClock clock = new MutableClock(NOW);
    private final AlexaRequestVerifier verifier = verifier(Set.of(AlexaRequestBodies.APPLICATION_ID));

    private AlexaRequestVerifier verifier(Set<String> appIds) {
        Set<TrustAnchor> roots = TrustedRoots.fromPem(PKI.rootPem());
        return new AlexaRequestVerifier(new SigningCertificates(fetcher, roots, clock), clock, Duration.ofSeconds(150), appIds);
    }

    private static byte[] body() {
        return AlexaRequestBodies.of("ask-question").with("question", "what is anemia").timestamp(NOW).bytes();
    }

    @Test
    void aCorrectlySignedRequestPasses() {
        byte[] body = body();
        assertThatCode(() -> {
            verifier.verifySignature(body, AlexaRequestBodies.sign(body, PKI.signingKey()), TestPki.url(TestPki.VALID));
            verifier.verifyEnvelope(AlexaJson.read(body));
        }).doesNotThrowAnyException();
    }

    @Test
    void aChainThatIncludesTheRootAlsoPasses() {
        byte[] body = body();
        assertThatCode(() -> verifier.verifySignature(body, AlexaRequestBodies.sign(body, PKI.signingKey()),
                TestPki.url(TestPki.VALID_WITH_ROOT))).doesNotThrowAnyException();
    }

    @Test
    void aBodyChangedAfterSigningIsRejected() {
        byte[] body = body();
        String signature = AlexaRequestBodies.sign(body, PKI.signingKey());
        byte[] changed = new String(body, StandardCharsets.UTF_8).replace("what is anemia", "what is leukemia")
                .getBytes(StandardCharsets.UTF_8);
        expect("invalid_signature", () -> verifier.verifySignature(changed, signature, TestPki.url(TestPki.VALID)));
    }

    @Test
    void aSignatureByAnotherKeyIsRejected() {
        byte[] body = body();
        expect("invalid_signature", () -> verifier.verifySignature(body, AlexaRequestBodies.sign(body, PKI.key("rogue")),
                TestPki.url(TestPki.VALID)));
    }

    @Test
    void aSignatureThatIsNotBase64IsRejected() {
        expect("invalid_signature", () -> verifier.verifySignature(body(), "not base64 at all!", TestPki.url(TestPki.VALID)));
    }

    @Test
    void missingHeadersAreRejected() {
        byte[] body = body();
        String signature = AlexaRequestBodies.sign(body, PKI.signingKey());
        expect("missing_signature", () -> verifier.verifySignature(body, null, TestPki.url(TestPki.VALID)));
        expect("missing_signature", () -> verifier.verifySignature(body, signature, null));
    }

    @Test
    void aBadChainUrlIsRejectedWithoutFetching() {
        byte[] body = body();
        String signature = AlexaRequestBodies.sign(body, PKI.signingKey());
        expect("invalid_certificate_url", () -> verifier.verifySignature(body, signature,
                "https://s3.amazonaws.com.evil.example/echo.api/" + TestPki.VALID));
        expect("invalid_certificate_url", () -> verifier.verifySignature(body, signature,
                "http://s3.amazonaws.com/echo.api/" + TestPki.VALID));
        assertThat(fetcher.fetches).hasValue(0);
    }

    @Test
    void anExpiredCertificateIsRejected() {
        byte[] body = body();
        expect("invalid_certificate", () -> verifier.verifySignature(body, AlexaRequestBodies.sign(body, PKI.key("expired")),
                TestPki.url(TestPki.EXPIRED)));
    }

    @Test
    void aCertificateNotValidYetIsRejected() {
        byte[] body = body();
        expect("invalid_certificate", () -> verifier.verifySignature(body, AlexaRequestBodies.sign(body, PKI.key("notyet")),
                TestPki.url(TestPki.NOT_YET_VALID)));
    }

    @Test
    void aCertificateForAnotherNameIsRejected() {
        byte[] body = body();
        expect("invalid_certificate", () -> verifier.verifySignature(body,
                AlexaRequestBodies.sign(body, PKI.key("wrongname")), TestPki.url(TestPki.WRONG_NAME)));
    }

    @Test
    void aCertificateFromAnUntrustedRootIsRejected() {
        byte[] body = body();
        expect("invalid_certificate", () -> verifier.verifySignature(body, AlexaRequestBodies.sign(body, PKI.key("rogue")),
                TestPki.url(TestPki.UNTRUSTED)));
    }

    @Test
    void aChainWithoutTheIntermediateIsRejected() throws Exception {
        StubCertificateFetcher leafOnly = new StubCertificateFetcher() {
            @Override
            public byte[] fetch(URI url) {
                byte[] chain = TestPki.shared().chain(TestPki.VALID);
                String pem = new String(chain, StandardCharsets.US_ASCII);
                return pem.substring(0, pem.indexOf("-----END CERTIFICATE-----") + 26).getBytes(StandardCharsets.US_ASCII);
            }
        };
        AlexaRequestVerifier v = new AlexaRequestVerifier(
                new SigningCertificates(leafOnly, TrustedRoots.fromPem(PKI.rootPem()), clock), clock,
                Duration.ofSeconds(150), Set.of(AlexaRequestBodies.APPLICATION_ID));
        byte[] body = body();
        expect("invalid_certificate", () -> v.verifySignature(body, AlexaRequestBodies.sign(body, PKI.signingKey()),
                TestPki.url(TestPki.VALID)));
    }

    @Test
    void notPemIsRejected() {
        StubCertificateFetcher garbage = new StubCertificateFetcher() {
            @Override
            public byte[] fetch(URI url) {
                return "<html>not a certificate</html>".getBytes(StandardCharsets.US_ASCII);
            }
        };
        AlexaRequestVerifier v = new AlexaRequestVerifier(
                new SigningCertificates(garbage, TrustedRoots.fromPem(PKI.rootPem()), clock), clock,
                Duration.ofSeconds(150), Set.of(AlexaRequestBodies.APPLICATION_ID));
        expect("invalid_certificate", () -> v.verifySignature(body(), "AAAA", TestPki.url(TestPki.VALID)));
    }

    @Test
    void aChainThatCannotBeDownloadedIsRejected() {
        byte[] body = body();
        expect("certificate_unavailable", () -> verifier.verifySignature(body,
                AlexaRequestBodies.sign(body, PKI.signingKey()), TestPki.url("missing.pem")));
    }

    @Test
    void theCertificateIsFetchedOncePerUrlAndRefetchedAfterItExpires() {
        byte[] body = body();
        String signature = AlexaRequestBodies.sign(body, PKI.signingKey());
        verifier.verifySignature(body, signature, TestPki.url(TestPki.VALID));
        verifier.verifySignature(body, signature, TestPki.url(TestPki.VALID));
        verifier.verifySignature(body, signature, "https://s3.amazonaws.com/echo.api/../echo.api/" + TestPki.VALID);
        assertThat(fetcher.fetches).hasValue(1);

        clock.set(PKI.certificate("leaf").getNotAfter().toInstant().plusSeconds(1));
        expect("invalid_certificate", () -> verifier.verifySignature(body, signature, TestPki.url(TestPki.VALID)));
        assertThat(fetcher.fetches).hasValue(2);
    }

    @Test
    void aFailedCertificateIsNotCached() {
        byte[] body = body();
        String signature = AlexaRequestBodies.sign(body, PKI.key("expired"));
        expect("invalid_certificate", () -> verifier.verifySignature(body, signature, TestPki.url(TestPki.EXPIRED)));
        expect("invalid_certificate", () -> verifier.verifySignature(body, signature, TestPki.url(TestPki.EXPIRED)));
        assertThat(fetcher.fetches).hasValue(2);
    }

    @Test
    void timestampsWithin150SecondsEitherWayPass() {
        for (long offset : new long[] {-150, -149, 0, 149, 150}) {
            byte[] body = AlexaRequestBodies.of("launch").timestamp(NOW.plusSeconds(offset)).bytes();
            assertThatCode(() -> verifier.verifyEnvelope(AlexaJson.read(body))).as("offset %d", offset)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aStaleOrFutureTimestampIsRejected() {
        for (long offset : new long[] {-151, -3600, 151}) {
            byte[] body = AlexaRequestBodies.of("launch").timestamp(NOW.plusSeconds(offset)).bytes();
            expect("invalid_timestamp", () -> verifier.verifyEnvelope(AlexaJson.read(body)));
        }
    }

    @Test
    void aToleranceAbove150SecondsIsCapped() {
        AlexaRequestVerifier lenient = new AlexaRequestVerifier(
                new SigningCertificates(fetcher, TrustedRoots.fromPem(PKI.rootPem()), clock), clock,
                Duration.ofMinutes(10), Set.of(AlexaRequestBodies.APPLICATION_ID));
        byte[] body = AlexaRequestBodies.of("launch").timestamp(NOW.minusSeconds(200)).bytes();
        expect("invalid_timestamp", () -> lenient.verifyEnvelope(AlexaJson.read(body)));
    }

    @Test
    void anUnknownApplicationIdIsRejected() {
        byte[] body = AlexaRequestBodies.of("launch").timestamp(NOW)
                .with("applicationId", "amzn1.ask.skill.someone-elses-skill").bytes();
        expect("unknown_application", () -> verifier.verifyEnvelope(AlexaJson.read(body)));
    }

    @Test
    void aSessionForAnotherSkillIsRejectedEvenWhenTheContextMatches() {
        String json = AlexaRequestBodies.of("launch").timestamp(NOW).json();
        int session = json.indexOf(AlexaRequestBodies.APPLICATION_ID);
        String mixed = json.substring(0, session) + "amzn1.ask.skill.other"
                + json.substring(session + AlexaRequestBodies.APPLICATION_ID.length());
        expect("unknown_application", () -> verifier.verifyEnvelope(AlexaJson.read(mixed.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anEmptyAllowListRejectsEveryApplication() {
        AlexaRequestVerifier none = verifier(Set.of());
        byte[] body = AlexaRequestBodies.of("launch").timestamp(NOW).bytes();
        expect("unknown_application", () -> none.verifyEnvelope(AlexaJson.read(body)));
    }

    private static void expect(String error, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VerificationException.class, e -> {
            assertThat(e.error()).isEqualTo(error);
            assertThat(e.status()).isEqualTo(400);
        });
    }

    /** A clock the test can move. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
