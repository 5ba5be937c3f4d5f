package org.healthlibrary.assistant.feedback;

import io.quarkus.test.junit.QuarkusTest;

/** The database feedback store on the embedded H2. */
@QuarkusTest
class FeedbackStoreH2Test extends FeedbackStoreContract {
}
