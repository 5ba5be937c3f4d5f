package org.healthlibrary.assistant.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Patient feedback on answers ({@code POST /api/feedback}). */
@ConfigMapping(prefix = "assistant.feedback")
public interface FeedbackConfig {

    /**
     * How many feedback records the in-memory store keeps (one per answer); the oldest is
     * dropped first. Only used until a database-backed store is configured.
     */
    @WithDefault("10000")
    int capacity();
}
