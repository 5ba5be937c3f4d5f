package org.healthlibrary.assistant.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps feedback in memory, one record per trace id, at most {@link FeedbackConfig#capacity()}
 * (the least recently recorded dropped first); lost on restart. Used when
 * {@code assistant.feedback.store=memory} ({@link FeedbackStores}). Thread-safe (synchronised;
 * every operation is short).
 */
public class InMemoryFeedbackStore implements FeedbackStore {

    /** Most thumbs down first, then by article and section (records that cite nothing last). */
    static final Comparator<SectionCount> ORDER = Comparator.comparingLong(SectionCount::down).reversed()
            .thenComparing(SectionCount::articleId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SectionCount::section, Comparator.nullsLast(Comparator.naturalOrder()));

    private final int capacity;
    private final LinkedHashMap<String, Feedback> records = new LinkedHashMap<>();

    public InMemoryFeedbackStore(int capacity) {
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

    @Override
    public synchronized List<SectionCount> bySection() {
        Map<List<String>, long[]> counts = new LinkedHashMap<>();
        for (Feedback f : records.values()) {
            long[] c = counts.computeIfAbsent(java.util.Arrays.asList(f.articleId(), f.section()), k -> new long[3]);
            c[f.rating() == Rating.UP ? 0 : 1]++;
            c[2] += f.reviewed() ? 0 : 1;
        }
        return counts.entrySet().stream()
                .map(e -> new SectionCount(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(ORDER).toList();
    }

    @Override
    public synchronized boolean markReviewed(String traceId, String reviewer, Instant at) {
        Feedback f = records.get(traceId);
        if (f == null) {
            return false;
        }
        records.replace(traceId, f.reviewedBy(Objects.requireNonNull(reviewer, "reviewer"), at));
        return true;
    }
}
