package org.healthlibrary.assistant.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.healthlibrary.assistant.storage.PostgresqlProfile;

/** The database feedback store on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresqlProfile.class)
class FeedbackStorePostgresqlTest extends FeedbackStoreContract {
}
