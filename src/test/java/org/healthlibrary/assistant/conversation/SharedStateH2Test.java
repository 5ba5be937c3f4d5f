package org.healthlibrary.assistant.conversation;

import io.quarkus.test.junit.QuarkusTest;

/** The shared-state contract on the embedded H2 (one machine: the cleanup takes no lock). */
@QuarkusTest
class SharedStateH2Test extends SharedStateContract {

    @Override
    boolean expectDatabase() {
        return false;
    }
}
