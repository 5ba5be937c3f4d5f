package org.healthlibrary.assistant.answer;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one answer was decided and worded, for support staff (never shown to patients, never
 * logged): the message and who sent it, the candidates retrieval considered with their scores,
 * the rule that decided the outcome, the safety verdict, the lab report, the citations, the time
 * each stage took, and how the text was finally worded. It holds the message text, so whoever
 * keeps it keeps it only as long as {@code assistant.console.trace-retention} allows. Immutable;
 * serialisable as JSON (plain records, lists, maps and strings).
 *
 * @param id           the trace id, also sent as the {@code X-Trace-Id} response header
 * @param at           when the message arrived
 * @param origin       whether a patient or staff (console test, suite run) sent it
 * @param message      the message as received
 * @param outcome      the outcome
 * @param rule         the rule that decided it, e.g. {@code evidence:low-coverage}
 * @param intent       what the question asked about (SYMPTOMS, CAUSES, ...)
 * @param candidates   the passages retrieval returned, best first
 * @param corrections  spelling fixes applied to the question
 * @param unknownTerms when the outcome is NOT_IN_LIBRARY because of them: the medical terms the
 *                     evidence gate found the library lacks (lower case); else empty
 * @param safety       what the safety screen found
 * @param lab          the lab report when lab values were interpreted, else {@code null}
 * @param citations    the passages cited, main source first
 * @param stageMillis  time per stage in milliseconds, in pipeline order
 * @param gate         the fitted evidence gate's reading: probability, threshold and each feature's
 *                     value and weighted share ({@link CalibratedGate.Reading#summary()}); empty
 *                     when the gate did not read this message (an emergency, lab values, off-topic)
 * @param draft        the draft's summary ({@link AnswerDraft#summary()})
 * @param answer       the text the patient read; {@code null} until the wording is final
 * @param wording      how it was worded; {@code null} until the wording is final
 * @param related      words the library lacks, each with the library heading words it was read as
 *                     by meaning and their similarity ("gym" -> "exercise 0.62"); empty when none
 */
public record AnswerTrace(String id, Instant at, Origin origin, String message, Outcome outcome, String rule,
                          String intent, List<Candidate> candidates, Map<String, String> corrections,
                          List<String> unknownTerms, SafetyTrace safety, LabTrace lab, List<Citation> citations,
                          Map<String, Double> stageMillis, String gate, String draft, String answer,
                          WordingTrace wording, Map<String, String> related) {

    public AnswerTrace {
        gate = gate == null ? "" : gate;
        related = related == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(related));
        candidates = List.copyOf(candidates);
        corrections = Map.copyOf(corrections);
        unknownTerms = List.copyOf(unknownTerms);
        citations = List.copyOf(citations);
        stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    }

    /** A trace with no word read by meaning. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public AnswerTrace(String id, Instant at, Origin origin, String message, Outcome outcome, String rule,
                       String intent, List<Candidate> candidates, Map<String, String> corrections,
                       List<String> unknownTerms, SafetyTrace safety, LabTrace lab, List<Citation> citations,
                       Map<String, Double> stageMillis, String gate, String draft, String answer, WordingTrace wording) {
        this(id, at, origin, message, outcome, rule, intent, candidates, corrections, unknownTerms, safety, lab,
                citations, stageMillis, gate, draft, answer, wording, Map.of());
    }

    /** A trace without the evidence gate's reading (lab values, emergencies, traces from before it). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public AnswerTrace(String id, Instant at, Origin origin, String message, Outcome outcome, String rule,
                       String intent, List<Candidate> candidates, Map<String, String> corrections,
                       List<String> unknownTerms, SafetyTrace safety, LabTrace lab, List<Citation> citations,
                       Map<String, Double> stageMillis, String draft, String answer, WordingTrace wording) {
        this(id, at, origin, message, outcome, rule, intent, candidates, corrections, unknownTerms, safety, lab,
                citations, stageMillis, "", draft, answer, wording);
    }

    /** This trace with its final text, wording and the time the wording took. */
    public AnswerTrace worded(String text, WordingTrace how, double wordingMillis) {
        Map<String, Double> stages = new LinkedHashMap<>(stageMillis);
        stages.merge("wording", wordingMillis, Double::sum);
        return new AnswerTrace(id, at, origin, message, outcome, rule, intent, candidates, corrections, unknownTerms,
                safety, lab, citations, stages, gate, draft, text, how, related);
    }

    /** The first citation, if any: what feedback on this answer is filed under. */
    public java.util.Optional<Citation> firstCitation() {
        return citations.stream().findFirst();
    }

    /** Who sent the message. */
    public enum Origin {
        /** A patient, through chat, the stream or voice. */
        PATIENT,
        /** Staff: the console's "test an answer". Not counted as a patient's gap. */
        STAFF,
        /**
         * A suite run (a console run or a candidate library's side-by-side check: thousands of
         * answers at a time). Not counted as a gap and not retained in the database: the run's
         * report keeps what each case got.
         */
        SUITE
    }

    /**
     * One retrieved passage and the evidence measured on it.
     *
     * @param passageId the passage
     * @param articleId the passage's article
     * @param section   the passage's section (with its question heading, as cited)
     * @param score     its fused retrieval score (only comparable within one query)
     * @param bm25      its BM25 score for the query (0 when no query word matched it)
     * @param dense     the cosine between the query's and the passage's vectors; {@code null} without embeddings
     * @param coverage  the share of the question it covers (0..1)
     * @param anchored  whether the question names its topic
     */
    public record Candidate(String passageId, String articleId, String section, double score, double bm25,
                            Double dense, double coverage, boolean anchored) {
    }
}
