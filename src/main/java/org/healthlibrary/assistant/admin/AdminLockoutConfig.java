package org.healthlibrary.assistant.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the admin key resists guessing: a client that sends wrong keys too often is locked out for a while. */
@ConfigMapping(prefix = "assistant.admin.lockout")
public interface AdminLockoutConfig {

    /** Wrong keys a client (by address) may send before it is locked out. */
    @WithDefault("10")
    int maxFailures();

    /**
     * How long a client's wrong keys are remembered after its last one, and so how long a
     * locked-out client waits (429 with Retry-After) before any key, even the right one, is
     * checked again.
     */
    @WithDefault("15m")
    Duration duration();

    /** Clients whose wrong keys are remembered at once (the least recently used are forgotten first). */
    @WithDefault("10000")
    int maxClients();
}
