package org.healthlibrary.assistant.feedback;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Keeps feedback in memory, one record per trace id, at most {@link FeedbackConfig#capacity()}
 * (the least recently recorded dropped first); lost on restart. The default
 * {@link FeedbackStore} until a database-backed bean replaces it ({@link DefaultBean}).
 * Thread-safe (synchronised; every operation is short).
 */
@ApplicationScoped
@DefaultBean
public class InMemoryFeedbackStore implements FeedbackStore {

    private final int capacity;
    private final LinkedHashMap<String, Feedback> records = new LinkedHashMap<>();

    @Inject
    public InMemoryFeedbackStore(FeedbackConfig config) {
        this(config.capacity());
    }

    InMemoryFeedbackStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("assistant.feedback.capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void save(Feedback feedback) {
        records.remove(feedback.traceId());
        records.put(feedback.traceId(), feedback);
        while (records.size() > capacity) {
            records.remove(records.keySet().iterator().next());
        }
    }

    @Override
    public synchronized Optional<Feedback> find(String traceId) {
        return Optional.ofNullable(records.get(traceId));
    }

    @Override
    public synchronized List<Feedback> recent(int limit) {
        List<Feedback> newestFirst = new ArrayList<>(records.values()).reversed();
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }
}
