package org.healthlibrary.assistant.safety;

/**
 * Turns a message into the vector the second opinion compares with exemplar vectors. The
 * models live outside this package (the service passes its in-process embedders; tests pass
 * fakes), so that the safety screen holds no model and no I/O.
 *
 * <p>Contract: the vector is made the way the shipped {@link ExemplarVectors} of that model
 * were made; callers do not modify it. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MessageEmbedding {

    /** The vector of {@code message}. */
    float[] embed(String message);
}
