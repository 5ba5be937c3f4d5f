package org.healthlibrary.assistant.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private static final String SELF = "https://assistant.example-hospital.org";

    @Test
    void byDefaultOnlyTheServicesOwnOriginAndRequestsWithoutOneAreAllowed() {
        CorsPolicy none = new CorsPolicy(List.of());
        assertThat(none.allows(null, SELF)).isTrue();
        assertThat(none.allows(SELF, SELF)).isTrue();
        assertThat(none.allows("https://www.example-hospital.org", SELF)).isFalse();
        assertThat(none.origins()).isEmpty();
    }

    @Test
    void configuredOriginsMatchExactlyIgnoringCaseAndATrailingSlash() {
        CorsPolicy policy = new CorsPolicy(List.of("https://www.Example-Hospital.org/", " "));
        assertThat(policy.allows("https://www.example-hospital.org", SELF)).isTrue();
        assertThat(policy.allows("http://www.example-hospital.org", SELF)).isFalse();
        assertThat(policy.allows("https://www.example-hospital.org:8443", SELF)).isFalse();
        assertThat(policy.allows("https://evil.example-hospital.org.attacker.net", SELF)).isFalse();
        assertThat(policy.origins()).containsExactly("https://www.example-hospital.org");
    }
}
