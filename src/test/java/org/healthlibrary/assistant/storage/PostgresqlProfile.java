package org.healthlibrary.assistant.storage;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code @QuarkusTest} on a real PostgreSQL server: the same build, switched at start-up
 * with {@code assistant.db.kind=postgresql}. The server is the one {@code .ci/run} installs and
 * provisions; {@link PostgresqlServer} fails the test (never skips it) when it is not reachable.
 * Override the address with {@code -Dassistant.test.postgresql.url=...} (and {@code .user},
 * {@code .password}).
 */
public class PostgresqlProfile implements QuarkusTestProfile {

    static final String URL = System.getProperty("assistant.test.postgresql.url", "jdbc:postgresql://localhost:5432/assistant_test");
    static final String USER = System.getProperty("assistant.test.postgresql.user", "assistant");
    static final String PASSWORD = System.getProperty("assistant.test.postgresql.password", "assistant");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.db.kind", "postgresql",
                "assistant.db.url", URL,
                "assistant.db.user", USER,
                "assistant.db.password", PASSWORD);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresqlServer.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
