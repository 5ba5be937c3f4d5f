package org.healthlibrary.assistant.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits on what a request may cost before any endpoint sees it: how long its body may take to
 * arrive, how many bodies may be arriving at once, and how long its URI and headers may be.
 * Bodies are read on the event loop (no worker thread waits for a slow client); these limits
 * keep stalled or oversized requests from holding memory and connections.
 */
@ConfigMapping(prefix = "assistant.http")
public interface HttpLimitsConfig {

    /**
     * Longest time a request body may take to arrive completely, from the end of its headers;
     * then the request is answered 408 {@code body_timeout} and its connection closed.
     */
    @WithDefault("10s")
    Duration bodyTimeout();

    /**
     * Request bodies that may be arriving at once; one more is answered 503
     * {@code too_many_uploads} (with Retry-After) and its connection closed.
     */
    @WithDefault("256")
    int maxPendingBodies();

    /** Longest request URI (path and query) accepted; longer is answered 414 {@code uri_too_long}. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest total size of the request headers accepted; larger is answered 431 {@code headers_too_large}. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
