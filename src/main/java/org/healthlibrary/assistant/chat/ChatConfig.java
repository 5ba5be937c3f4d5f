package org.healthlibrary.assistant.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Chat sessions. */
@ConfigMapping(prefix = "assistant.chat")
public interface ChatConfig {

    /** How long a conversation is remembered after its last message. */
    @WithDefault("30m")
    Duration sessionTtl();

    /** At most this many conversations are remembered; rarely and not recently used ones are forgotten first. */
    @WithDefault("10000")
    int maxSessions();
}
