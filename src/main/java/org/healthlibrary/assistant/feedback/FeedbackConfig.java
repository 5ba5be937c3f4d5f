package org.healthlibrary.assistant.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Patient feedback on answers ({@code POST /api/feedback}) and where it is kept. */
@ConfigMapping(prefix = "assistant.feedback")
public interface FeedbackConfig {

    /**
     * {@code database} (the console's database of {@code assistant.db.*}: kept across restarts and
     * shared by every replica) or {@code memory} (this process only, lost on restart).
     */
    @WithDefault("database")
    StoreKind store();

    /**
     * How many feedback records the in-memory store keeps (one per answer); the oldest is
     * dropped first. Only used with {@code store=memory}.
     */
    @WithDefault("10000")
    int capacity();

    /** Where feedback is kept. */
    enum StoreKind {
        /** In this process. */
        MEMORY,
        /** In the console's database. */
        DATABASE
    }
}
