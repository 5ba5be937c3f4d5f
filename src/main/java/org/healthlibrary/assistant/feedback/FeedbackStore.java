package org.healthlibrary.assistant.feedback;

import java.util.List;
import java.util.Optional;

/**
 * Where feedback is kept. One record per answer: a later verdict on the same trace id (a
 * patient adding a reason, or changing their mind) replaces the earlier one. Implementations
 * are thread-safe. {@link InMemoryFeedbackStore} is the default until a database-backed store
 * replaces it.
 */
public interface FeedbackStore {

    /** Keeps {@code feedback}, replacing any earlier record for the same trace id. */
    void save(Feedback feedback);

    /** The record for an answer, if any. */
    Optional<Feedback> find(String traceId);

    /** The most recently recorded first, at most {@code limit}. */
    List<Feedback> recent(int limit);
}
