package org.healthlibrary.assistant.answer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.healthlibrary.assistant.search.SearchResult;

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
    private String gate = "";

    /** Runs one stage and records how long it took. */
    <T> T stage(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stageMillis.merge(name, (System.nanoTime() - start) / 1e6, Double::sum);
        }
    }

    /** Records the candidates, spelling fixes and intent of the retrieval the draft rests on. */
    void retrieval(SearchResult result) {
        this.candidates = result.hits().stream()
                .map(h -> new AnswerTrace.Candidate(h.passage().id(), h.score(), h.coverage(), h.anchored()))
                .toList();
        this.corrections = result.terms().corrections();
        this.intent = result.intent().name();
    }

    /** Records the fitted gate's reading of the evidence the draft rests on (none: nothing recorded). */
    void gate(EvidenceGate.Decision decision) {
        this.gate = decision.reading() == null ? "" : decision.reading().summary();
    }

    String id() {
        return id;
    }

    /** The trace of the decided draft; its wording is added once final. */
    AnswerTrace finish(AnswerDraft draft) {
        return new AnswerTrace(id, at, draft.outcome(), draft.rule(), intent, candidates, corrections,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)), gate, draft.summary(), null);
    }
}
