package org.healthlibrary.assistant.answer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How one answer was decided and worded, for support staff (never shown to patients, never
 * logged): the candidates retrieval considered, the rule that decided the outcome, a summary of
 * the draft, the time each stage took, and how the text was finally worded. Immutable.
 *
 * @param id          the trace id, also sent as the {@code X-Trace-Id} response header
 * @param at          when the message arrived
 * @param outcome     the outcome
 * @param rule        the rule that decided it, e.g. {@code evidence:low-coverage}
 * @param intent      what the question asked about (SYMPTOMS, CAUSES, ...)
 * @param candidates  the passages retrieval returned, best first
 * @param corrections spelling fixes applied to the question
 * @param stageMillis time per stage in milliseconds, in pipeline order
 * @param gate        the fitted evidence gate's reading: probability, threshold and each feature's
 *                    value and weighted share ({@link CalibratedGate.Reading#summary()}); empty
 *                    when the gate did not read this message (an emergency, lab values, off-topic)
 * @param draft       the draft's summary ({@link AnswerDraft#summary()})
 * @param wording     how it was worded; {@code null} until the wording is final
 */
public record AnswerTrace(String id, Instant at, Outcome outcome, String rule, String intent,
                          List<Candidate> candidates, Map<String, String> corrections,
                          Map<String, Double> stageMillis, String gate, String draft, WordingTrace wording) {

    public AnswerTrace {
        candidates = List.copyOf(candidates);
        corrections = Map.copyOf(corrections);
    }

    /** This trace with its final wording and the time the wording took. */
    public AnswerTrace worded(WordingTrace how, double wordingMillis) {
        Map<String, Double> stages = new java.util.LinkedHashMap<>(stageMillis);
        stages.merge("wording", wordingMillis, Double::sum);
        return new AnswerTrace(id, at, outcome, rule, intent, candidates, corrections,
                java.util.Collections.unmodifiableMap(stages), gate, draft, how);
    }

    /**
     * One retrieved passage and the evidence measured on it.
     *
     * @param passageId the passage
     * @param score     its retrieval score
     * @param coverage  the share of the question it covers (0..1)
     * @param anchored  whether the question names its topic
     */
    public record Candidate(String passageId, double score, double coverage, boolean anchored) {
    }
}
