package org.healthlibrary.assistant.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where feedback is kept. One record per answer: a later verdict on the same trace id (a
 * patient adding a reason, or changing their mind) replaces the earlier one, and is no longer
 * reviewed. Implementations are thread-safe: {@link InMemoryFeedbackStore} (this process only)
 * and {@link DatabaseFeedbackStore} (the console's database, the default), chosen by
 * {@link FeedbackStores}.
 */
public interface FeedbackStore {

    /** Keeps {@code feedback}, replacing any earlier record for the same trace id. */
    void save(Feedback feedback);

    /** The record for an answer, if any. */
    Optional<Feedback> find(String traceId);

    /** The most recently recorded first, at most {@code limit}. */
    List<Feedback> recent(int limit);

    /** Counts per article and section, most thumbs down first, then by article and section. */
    List<SectionCount> bySection();

    /**
     * Marks the record of {@code traceId} reviewed by {@code reviewer} at {@code at}.
     *
     * @return false when there is no record for that trace id
     */
    boolean markReviewed(String traceId, String reviewer, Instant at);
}
