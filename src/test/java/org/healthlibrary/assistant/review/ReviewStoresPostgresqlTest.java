package org.healthlibrary.assistant.review;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.healthlibrary.assistant.storage.PostgresqlProfile;

/** The review tables on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresqlProfile.class)
class ReviewStoresPostgresqlTest extends ReviewStoresContract {
}
