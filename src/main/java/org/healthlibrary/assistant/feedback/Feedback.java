package org.healthlibrary.assistant.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One patient's verdict on one answer, identified by the answer's trace id. Holds no message
 * text: the trace (staff only) says what was asked and answered. Immutable.
 *
 * @param traceId    the answer's trace id (the {@code X-Trace-Id} of the answer)
 * @param rating     up or down
 * @param reason     why it did not help, or {@code null} when none was chosen
 * @param recordedAt when it was recorded
 */
public record Feedback(String traceId, Rating rating, Reason reason, Instant recordedAt) {

    public Feedback {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The reason, when one was chosen. */
    public Optional<Reason> optionalReason() {
        return Optional.ofNullable(reason);
    }
}
