package org.healthlibrary.assistant.answer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Collects the trace of one answer while the pipeline runs: stage timings, candidates and the
 * deciding rule. Not thread-safe: one recorder per message.
 */
final class TraceRecorder {

    private final String id = UUID.randomUUID().toString();
    private final Instant at = Instant.now();
    private final Map<String, Double> stageMillis = new LinkedHashMap<>();
    private List<AnswerTrace.Candidate> candidates = List.of();
    private Map<String, String> corrections = Map.of();
    private String intent = "";

    /** Runs one stage and records how long it took. */
    <T> T stage(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stageMillis.merge(name, (System.nanoTime() - start) / 1e6, Double::sum);
        }
    }

    void retrieval(List<AnswerTrace.Candidate> candidates, Map<String, String> corrections, String intent) {
        this.candidates = candidates;
        this.corrections = corrections;
        this.intent = intent;
    }

    String id() {
        return id;
    }

    AnswerTrace finish(Outcome outcome, String rule) {
        return new AnswerTrace(id, at, outcome, rule, intent, candidates, corrections, Map.copyOf(stageMillis));
    }
}
