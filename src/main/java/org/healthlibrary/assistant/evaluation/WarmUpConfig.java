package org.healthlibrary.assistant.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The start-up warm-up ({@link WarmUp}): how many answers a new instance rehearses before it
 * reports ready, so that the first patients a replica gets after a deploy do not pay for the
 * JIT (a fresh JVM answers at about a third of its warm rate for its first minute).
 */
@ConfigMapping(prefix = "assistant.warm-up")
public interface WarmUpConfig {

    /** Off: ready as soon as the library is open (the tests' profile turns it off). */
    @WithDefault("true")
    boolean enabled();

    /** Rehearse this many answers (the shipped suites' messages, in turn), unless {@link #maxDuration} comes first. */
    @WithDefault("1500")
    int answers();

    /** Stop rehearsing after this long, however many answers were done. */
    @WithDefault("60s")
    Duration maxDuration();

    /** Threads that rehearse at once. */
    @WithDefault("2")
    int threads();
}
