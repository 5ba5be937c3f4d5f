package org.healthlibrary.assistant.labs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.healthlibrary.assistant.cbc.CbcInterpreter;

/** Makes the one shared {@link CbcInterpreter} (immutable and thread-safe) injectable. */
public class CbcInterpreterProducer {

    @Produces
    @ApplicationScoped
    CbcInterpreter cbcInterpreter() {
        return new CbcInterpreter();
    }
}
