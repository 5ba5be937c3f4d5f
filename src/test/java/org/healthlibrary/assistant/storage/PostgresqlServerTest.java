package org.healthlibrary.assistant.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An unreachable PostgreSQL fails the PostgreSQL tests with how to start it; it never skips them. */
class PostgresqlServerTest {

    @Test
    void anUnreachableServerFailsWithHowToStartIt() {
        assertThatThrownBy(() -> PostgresqlServer.emptySchema("jdbc:postgresql://127.0.0.1:1/assistant_test", "assistant", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The PostgreSQL tests need a server at jdbc:postgresql://127.0.0.1:1/assistant_test")
                .hasMessageContaining("pg_ctlcluster 15 main start")
                .hasMessageContaining("CREATE DATABASE assistant_test OWNER assistant");
    }
}
