package org.healthlibrary.assistant.search;

import java.util.List;

/**
 * The signals the {@link Reranker} reads for one first-stage candidate, before they are weighed
 * ({@link RerankWeights}). Each is bounded, so a weight says how much the signal can move a
 * candidate. A public type so that a benchmark can fit the weights on them; immutable.
 *
 * @param retrieval the first-stage (fused) score, 0..1 (1 for the best candidate)
 * @param intent    1 when the passage is the kind the question asks for (a "how is it treated"
 *                  question and a Treatment section), else 0; OTHER never matches
 * @param heading   the passage's question heading against the question: the cubed Jaccard overlap
 *                  of their words (synonyms count), 0..1; 0 for a section without a question heading
 * @param coverage  the share (0..1) of the question's known words, weighted by rarity, in the passage
 * @param subject   1 when the article's title names the question's first topic word, else 0
 * @param cosine    the cosine between the question's and the passage's embeddings; 0 without an
 *                  embedding model (then it moves no candidate)
 */
public record RerankFeatures(double retrieval, double intent, double heading, double coverage, double subject,
                             double cosine) {

    /** The features' names, in the order of {@link #values()} and of {@link RerankWeights#values()}. */
    public static final List<String> NAMES = List.of("retrieval", "intent", "heading", "coverage", "subject", "cosine");

    /** The features as an array, in the order of {@link #NAMES}. */
    public double[] values() {
        return new double[] {retrieval, intent, heading, coverage, subject, cosine};
    }
}
