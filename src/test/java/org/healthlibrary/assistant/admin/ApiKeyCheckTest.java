package org.healthlibrary.assistant.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.healthlibrary.assistant.http.ApiException;
import org.junit.jupiter.api.Test;

class ApiKeyCheckTest {

    @Test
    void withNoConfiguredKeyEveryCallIsRefused() {
        assertThatThrownBy(() -> ApiKeyCheck.require(Optional::empty, "anything"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ApiException) e).status()).isEqualTo(403));
    }

    @Test
    void theConfiguredKeyIsAccepted() {
        assertThatCode(() -> ApiKeyCheck.require(() -> Optional.of("k3y"), "k3y")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ApiKeyCheck.require(() -> Optional.of("k3y"), "k3"))
                .isInstanceOf(ApiException.class).hasMessageContaining("does not match");
    }
}
