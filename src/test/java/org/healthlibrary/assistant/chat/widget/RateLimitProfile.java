package org.healthlibrary.assistant.chat.widget;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Two patient requests per client per ten minutes, so a test reaches the limit at once. */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.web.allowed-origins", HostSite.get().origin(),
                "assistant.web.rate-limit.enabled", "true",
                "assistant.web.rate-limit.requests", "2",
                "assistant.web.rate-limit.period", "10m");
    }
}
