package org.healthlibrary.assistant.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One patient's verdict on one answer, identified by the answer's trace id, filed under the
 * article and section the answer cited first. Holds no message text: the trace (staff only, while
 * it is retained) says what was asked and answered. Immutable.
 *
 * @param traceId    the answer's trace id (the {@code X-Trace-Id} of the answer)
 * @param rating     up or down
 * @param reason     why it did not help, or {@code null} when none was chosen
 * @param recordedAt when it was recorded
 * @param articleId  the article the answer cited first, or {@code null} (no citation, or the trace was gone)
 * @param section    that citation's section, or {@code null}
 * @param review     who marked it reviewed and when, or {@code null} while it is not
 */
public record Feedback(String traceId, Rating rating, Reason reason, Instant recordedAt, String articleId,
                       String section, Review review) {

    public Feedback {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A verdict filed under no article and not reviewed. */
    public Feedback(String traceId, Rating rating, Reason reason, Instant recordedAt) {
        this(traceId, rating, reason, recordedAt, null, null, null);
    }

    /** The reason, when one was chosen. */
    public Optional<Reason> optionalReason() {
        return Optional.ofNullable(reason);
    }

    /** True once a reviewer has marked it reviewed. */
    public boolean reviewed() {
        return review != null;
    }

    /** This record marked reviewed. */
    public Feedback reviewedBy(String who, Instant when) {
        return new Feedback(traceId, rating, reason, recordedAt, articleId, section, new Review(who, when));
    }

    /**
     * A reviewer's mark.
     *
     * @param by the reviewer's user name
     * @param at when it was marked
     */
    public record Review(String by, Instant at) {
    }
}
