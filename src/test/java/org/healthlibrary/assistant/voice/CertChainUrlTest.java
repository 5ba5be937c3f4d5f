package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amazon's rules for {@code SignatureCertChainUrl}, with Amazon's own examples. */
class CertChainUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://s3.amazonaws.com/echo.api/echo-api-cert.pem, https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem, https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem, https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem, HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem, https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/./echo-api-cert.pem, https://s3.amazonaws.com/echo.api/echo-api-cert.pem"
    })
    void acceptsAmazonsValidFormsAndNormalisesThePath(String header, String expected) {
        assertThat(CertChainUrl.check(header).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://notamazon.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
            "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
            "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/../evil/cert.pem",
            "https://s3.amazonaws.com/../echo.api/cert.pem",
            "https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem",
            "https://evil@s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem",
            "https://s3.amazonaws.com/echo.api",
            "ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/echo api cert.pem"
    })
    void rejectsEverythingElse(String header) {
        assertThatThrownBy(() -> CertChainUrl.check(header))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid_certificate_url");
                    assertThat(e.getMessage()).doesNotContain(header);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aMissingHeaderIsAMissingSignature(String header) {
        assertThatThrownBy(() -> CertChainUrl.check(header))
                .isInstanceOfSatisfying(VerificationException.class, e -> assertThat(e.error()).isEqualTo("missing_signature"));
    }
}
