package org.healthlibrary.assistant.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where the console's data (accounts, audit log, suites and runs) is stored. Read once at
 * start-up by {@link DatabaseSelection}, which turns it into the Quarkus datasource settings, so
 * the same build runs on the embedded database or on PostgreSQL.
 */
@ConfigMapping(prefix = "assistant.db")
public interface DatabaseConfig {

    /** {@code h2} (embedded, a file under {@code data/console/}) or {@code postgresql}. */
    @WithDefault("h2")
    String kind();

    /**
     * The JDBC URL; unset, {@code jdbc:h2:file:./data/console/assistant} for H2 and
     * {@code jdbc:postgresql://localhost:5432/assistant} for PostgreSQL.
     */
    Optional<String> url();

    /** The database user; unset, {@code sa} for H2 and {@code assistant} for PostgreSQL. */
    Optional<String> user();

    /** The database password; set it from the environment ({@code ASSISTANT_DB_PASSWORD}). */
    Optional<String> password();
}
