package org.healthlibrary.assistant.answer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.search.RelatedWord;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * Collects the trace of one answer while the pipeline runs: stage timings, candidates, the safety
 * verdict, unknown terms and the deciding rule. Not thread-safe: one recorder per message.
 */
final class TraceRecorder {

    /** Longest unknown term kept (the gap table's column). */
    private static final int MAX_TERM = 100;

    private final String id = UUID.randomUUID().toString();
    private final Instant at = Instant.now();
    private final AnswerTrace.Origin origin;
    private final String message;
    private final Map<String, Double> stageMillis = new LinkedHashMap<>();
    private List<AnswerTrace.Candidate> candidates = List.of();
    private Map<String, String> corrections = Map.of();
    private Map<String, String> related = Map.of();
    private List<String> unknownTerms = List.of();
    private SafetyTrace safety;
    private String intent = "";
    private String gate = "";

    TraceRecorder(AnswerTrace.Origin origin, String message) {
        this.origin = origin;
        this.message = message;
    }

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
        this.candidates = result.hits().stream().map(TraceRecorder::candidate).toList();
        this.corrections = result.terms().corrections();
        Map<String, String> read = new LinkedHashMap<>();
        result.terms().related().forEach((word, near) ->
                read.put(word, String.join(", ", near.stream().map(RelatedWord::summary).toList())));
        this.related = read;
        this.intent = result.intent().name();
    }

    /** Records the fitted gate's reading of the evidence the draft rests on (none: nothing recorded). */
    void gate(EvidenceGate.Decision decision) {
        this.gate = decision.reading() == null ? "" : decision.reading().summary();
    }

    /** Records what the safety screen found. */
    void safety(SafetyVerdict verdict) {
        safety(verdict, null);
    }

    /** Records what the safety screen and its second opinion ({@code null} when it did not run) found. */
    void safety(SafetyVerdict verdict, NeighbourTrace neighbours) {
        this.safety = SafetyTrace.of(verdict, neighbours);
    }

    /** Records the medical terms the evidence gate found the library lacks. */
    void unknownTerms(List<String> terms) {
        this.unknownTerms = terms.stream().map(t -> t.length() > MAX_TERM ? t.substring(0, MAX_TERM) : t).toList();
    }

    String id() {
        return id;
    }

    /** The trace of the decided draft; its wording is added once final. */
    AnswerTrace finish(AnswerDraft draft) {
        List<String> gaps = draft.outcome() == Outcome.NOT_IN_LIBRARY ? unknownTerms : List.of();
        return new AnswerTrace(id, at, origin, message, draft.outcome(), draft.rule(), intent, candidates, corrections,
                gaps, safety, LabTrace.of(draft.labReport()), draft.citations(), stageMillis, gate, draft.summary(), null,
                null, related);
    }

    private static AnswerTrace.Candidate candidate(SearchHit h) {
        var p = h.passage();
        String section = p.question() == null ? p.section() : p.section() + " > " + p.question();
        return new AnswerTrace.Candidate(p.id(), p.articleId(), section, h.score(), h.bm25(),
                Float.isNaN(h.cosine()) ? null : (double) h.cosine(), h.coverage(), h.anchored());
    }
}
