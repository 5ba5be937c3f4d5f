package org.healthlibrary.assistant.cbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Makes the one shared {@link CbcInterpreter} (immutable and thread-safe) injectable, as plain
 * CDI inside the domain: the REST endpoint, the model's tool and the voice skill all inject the
 * same instance, and none of them has to own its construction. Its sentences come from the
 * {@link CbcMessages} bundle.
 */
public class CbcInterpreterProducer {

    @Produces
    @ApplicationScoped
    CbcInterpreter cbcInterpreter(CbcMessages messages) {
        return new CbcInterpreter(messages);
    }
}
