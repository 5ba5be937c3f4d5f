package org.healthlibrary.assistant.admin;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Access to the operator endpoints. */
@ConfigMapping(prefix = "assistant.admin")
public interface AdminConfig {

    /**
     * The key callers must send in the {@code X-Api-Key} header. Unset (the default), the admin
     * endpoints refuse every call. Set it from the environment ({@code ASSISTANT_ADMIN_API_KEY}),
     * never in a committed file.
     */
    Optional<String> apiKey();
}
