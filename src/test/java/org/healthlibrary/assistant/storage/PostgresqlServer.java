package org.healthlibrary.assistant.storage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Before the application starts on PostgreSQL: checks that the server answers and empties the
 * test database's {@code public} schema, so each run starts from the migrations. An unreachable
 * server fails the test with a message saying how to start and provision it.
 */
public class PostgresqlServer implements QuarkusTestResourceLifecycleManager {

    static final String HOW_TO_START = "Start it with: pg_ctlcluster 15 main start (Debian's postgresql package), "
            + "then provision it as .ci/run does: su postgres -c \"psql -c \\\"CREATE ROLE assistant LOGIN PASSWORD 'assistant'\\\" "
            + "-c \\\"CREATE DATABASE assistant_test OWNER assistant\\\"\"";

    @Override
    public Map<String, String> start() {
        emptySchema(PostgresqlProfile.URL, PostgresqlProfile.USER, PostgresqlProfile.PASSWORD);
        return Map.of();
    }

    /**
     * Empties the {@code public} schema of the database at {@code url}.
     *
     * @throws IllegalStateException saying how to start and provision the server when it cannot be reached
     */
    static void emptySchema(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL tests need a server at " + url + " (user "
                    + user + "), which is not reachable: " + e.getMessage() + ". " + HOW_TO_START, e);
        }
    }

    @Override
    public void stop() {
        // The schema is emptied at the next start; leaving it lets a person look at what a failed test wrote.
    }
}
