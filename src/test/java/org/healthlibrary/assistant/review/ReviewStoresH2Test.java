package org.healthlibrary.assistant.review;

import io.quarkus.test.junit.QuarkusTest;

/** The review tables on the embedded H2. */
@QuarkusTest
class ReviewStoresH2Test extends ReviewStoresContract {
}
