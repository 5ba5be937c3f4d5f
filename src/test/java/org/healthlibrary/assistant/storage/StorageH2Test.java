package org.healthlibrary.assistant.storage;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The storage contract on the embedded default: H2 as a plain JDBC driver (no Quarkus H2
 * extension), proving that combination works.
 */
@QuarkusTest
class StorageH2Test extends StorageContract {

    @Override
    String expectedProduct() {
        return "H2";
    }

    @Override
    DatabaseKind expectedKind() {
        return DatabaseKind.H2;
    }
}
