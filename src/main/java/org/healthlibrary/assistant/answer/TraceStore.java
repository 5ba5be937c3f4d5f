package org.healthlibrary.assistant.answer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the most recent answer traces in memory for the staff console (nothing is written to
 * disk or logs). Bounded: the oldest trace is dropped once {@link #CAPACITY} are held.
 * Thread-safe (synchronised; operations are O(1) or O(capacity) and rare).
 */
@ApplicationScoped
public class TraceStore {

    /** How many traces are kept. */
    public static final int CAPACITY = 500;

    private final Deque<AnswerTrace> traces = new ArrayDeque<>();

    public synchronized void add(AnswerTrace trace) {
        if (traces.size() == CAPACITY) {
            traces.removeLast();
        }
        traces.addFirst(trace);
    }

    public synchronized Optional<AnswerTrace> find(String id) {
        return traces.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The newest traces first. */
    public synchronized List<AnswerTrace> recent(int limit) {
        return traces.stream().limit(limit).toList();
    }
}
