package org.healthlibrary.assistant.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.healthlibrary.assistant.http.ApiException;

/** Checks the {@code X-Api-Key} header against the configured key in constant time. */
final class ApiKeyCheck {

    private ApiKeyCheck() {
    }

    static void require(AdminConfig config, String given) {
        if (config.apiKey().isEmpty() || config.apiKey().get().isBlank()) {
            throw new ApiException(403, "admin_disabled",
                    "Admin endpoints are disabled: set assistant.admin.api-key (ASSISTANT_ADMIN_API_KEY) to enable them.");
        }
        if (given == null || given.isBlank()) {
            throw new ApiException(401, "missing_api_key", "Send the admin API key in the X-Api-Key header.");
        }
        byte[] expected = config.apiKey().get().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "invalid_api_key", "The X-Api-Key header does not match the configured key.");
        }
    }
}
