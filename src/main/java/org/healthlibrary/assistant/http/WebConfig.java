package org.healthlibrary.assistant.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The web entry: which sites may embed the patient widget, per-client rate limits, and how long
 * browsers cache the widget's files. Read at start-up.
 */
@ConfigMapping(prefix = "assistant.web")
public interface WebConfig {

    /**
     * Origins ({@code https://www.example-hospital.org}, scheme, host and port exactly as the
     * browser sends them) whose pages may embed the widget and call the API (CORS). The service's
     * own origin is always allowed; unset, no other origin is.
     */
    Optional<List<String>> allowedOrigins();

    /** How long browsers may cache {@code /widget/v1/assistant.js}, the one URL hospitals paste (it never changes, so keep it short). */
    @WithDefault("1h")
    Duration scriptMaxAge();

    /** How long browsers may cache versioned widget files (URLs with {@code ?v=}, whose content never changes). */
    @WithDefault("365d")
    Duration versionedMaxAge();

    /** Per-client rate limits on the patient endpoints. */
    RateLimit rateLimit();

    /** A token bucket per client address: {@code requests} per {@code period}, all of them usable at once. */
    interface RateLimit {

        /** Whether patient endpoints are rate-limited per client. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Requests one client may send per period. With the defaults (20 a minute) and conversations
         * kept 30 minutes, one client can hold at most 600 of the 10,000 remembered conversations.
         */
        @WithDefault("20")
        int requests();

        /** The period in which {@code requests} are allowed (the bucket refills evenly over it). */
        @WithDefault("1m")
        Duration period();

        /** The limited paths (POST only); exact paths. */
        @WithDefault("/api/chat,/api/chat/stream,/api/feedback,/api/cbc")
        List<String> paths();

        /** At most this many clients are tracked at once in memory (the least recently seen forgotten first). */
        @WithDefault("100000")
        int maxClients();

        /**
         * Where the buckets are kept: {@code memory} (this process: one machine) or {@code database}
         * (table {@code rate_limit_bucket} of the PostgreSQL database, so a client has one budget
         * across replicas). Unset, it follows {@code assistant.db.kind}: {@code database} on
         * PostgreSQL, {@code memory} on the embedded H2.
         */
        Optional<Store> store();

        /** Where the buckets are kept. */
        enum Store {
            /** In this process. */
            MEMORY,
            /** In the shared PostgreSQL database. */
            DATABASE
        }
    }
}
