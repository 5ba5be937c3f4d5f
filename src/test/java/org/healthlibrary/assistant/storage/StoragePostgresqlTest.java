package org.healthlibrary.assistant.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The storage contract on a real PostgreSQL server, selected at start-up by configuration. */
@QuarkusTest
@TestProfile(PostgresqlProfile.class)
class StoragePostgresqlTest extends StorageContract {

    @Override
    String expectedProduct() {
        return "PostgreSQL";
    }

    @Override
    DatabaseKind expectedKind() {
        return DatabaseKind.POSTGRESQL;
    }
}
