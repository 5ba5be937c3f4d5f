package org.healthlibrary.assistant.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Retained answer traces for the console's review (issue 14 items 5 and 7). */
@ConfigMapping(prefix = "assistant.console")
public interface ReviewConfig {

    /**
     * How long answer traces (which hold the message text) are kept in the database for review;
     * older ones are deleted by a scheduled job and can no longer be opened.
     */
    @WithDefault("7d")
    Duration traceRetention();

    /** How often traces older than {@link #traceRetention()} are deleted (one replica at a time). */
    @WithDefault("1h")
    Duration traceCleanupEvery();
}
