package org.healthlibrary.assistant.http;

import java.util.HashMap;
import java.util.Map;
import org.healthlibrary.assistant.storage.PostgresqlProfile;

/** PostgreSQL, with rate limits on: three patient requests per client per ten minutes. */
public class SharedRateLimitProfile extends PostgresqlProfile {

    static final int REQUESTS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("assistant.web.rate-limit.enabled", "true");
        overrides.put("assistant.web.rate-limit.requests", Integer.toString(REQUESTS));
        overrides.put("assistant.web.rate-limit.period", "10m");
        return overrides;
    }
}
