package org.healthlibrary.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthlibrary.assistant.storage.PostgresqlProfile;
import org.junit.jupiter.api.Test;

/**
 * The shared-state contract on a real PostgreSQL server, and the cleanup's lock: while another
 * replica (here a plain connection) holds it, this replica skips the round.
 */
@QuarkusTest
@TestProfile(PostgresqlProfile.class)
class SharedStatePostgresqlTest extends SharedStateContract {

    @ConfigProperty(name = "assistant.db.url")
    String url;
    @ConfigProperty(name = "assistant.db.user")
    String user;
    @ConfigProperty(name = "assistant.db.password")
    String password;

    @Override
    boolean expectDatabase() {
        return true;
    }

    @Test
    void theCleanupSkipsItsRoundWhileAnotherReplicaHoldsTheLock() throws Exception {
        try (Connection other = DriverManager.getConnection(url, user, password); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("select pg_advisory_xact_lock(" + ExpiredRowsCleanup.LOCK_KEY + ")");
            assertThat(cleanup.run()).isEqualTo(-1);
            other.rollback();
        }
        assertThat(cleanup.run()).isGreaterThanOrEqualTo(0);
    }
}
