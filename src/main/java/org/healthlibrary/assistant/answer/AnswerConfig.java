package org.healthlibrary.assistant.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How answers are composed and when the library is judged to answer a question. */
@ConfigMapping(prefix = "assistant.answer")
public interface AnswerConfig {

    /**
     * The evidence gate: the best passage must contain at least this share (0..1) of the
     * question's words known to the library, weighted by rarity, or the answer is NOT_IN_LIBRARY.
     */
    @WithDefault("0.5")
    double minCoverage();

    /** How many passages retrieval considers per question. */
    @WithDefault("8")
    int candidates();

    /** At most this many sentences in an extractive answer. */
    @WithDefault("3")
    int maxSentences();

    /** At most this many citations per answer (the main source first). */
    @WithDefault("3")
    int maxCitations();

    /**
     * When true, the fitted evidence gate ({@code gate/evidence-gate.json}) decides whether to
     * answer; when false (the default until a fit that meets the benchmark targets is shipped),
     * the coverage rule above decides and the fitted gate's reading is only put in the trace.
     */
    @WithDefault("false")
    boolean calibratedGate();
}
