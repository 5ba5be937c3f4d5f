package org.healthlibrary.assistant.chat.widget;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service as a hospital would run it for the widget: the test host site's origin allowed,
 * rate limits on but loose enough for a browser test run.
 */
public class WidgetProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assistant.web.allowed-origins", HostSite.get().origin(),
                "assistant.web.rate-limit.enabled", "true",
                "assistant.web.rate-limit.requests", "1000");
    }
}
