package org.healthlibrary.assistant.safety;

/**
 * The operating point of the meaning-based second opinion ({@link NeighbourVote}). The shipped
 * values ({@link #fitted()}) were chosen by leave-one-round-out evaluation on the blind rounds
 * (program {@code bench.SafetyNeighboursEvaluation}, figures in docs/safety-evaluation.md,
 * section "Meaning-based second opinion"), not set by hand. Immutable.
 *
 * @param k             neighbours that vote
 * @param minSimilarity the nearest neighbour, an emergency, must be at least this similar (cosine)
 * @param minShare      the emergencies' share of the k neighbours' similarity must be at least this
 */
public record NeighbourSettings(int k, double minSimilarity, double minShare) {

    /** The fitted all-MiniLM-L6-v2 prefilter margin in front of the bge vote ({@link #fittedPrefilter}). */
    static final double PREFILTER_FITTED = -0.084;

    public NeighbourSettings {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (minSimilarity < -1 || minSimilarity > 1) {
            throw new IllegalArgumentException("minSimilarity must be from -1 to 1, was " + minSimilarity);
        }
        if (minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("minShare must be from 0 to 1, was " + minShare);
        }
    }

    /**
     * The operating point fitted for the embedder with this id (see the class comment): for
     * all-MiniLM-L6-v2 (the default) k=15, 0.70, 0.5; for bge-small-en-v1.5 k=7, 0.675, 0.8. Another
     * embedder gets the default model's point (and has no shipped vectors anyway).
     */
    public static NeighbourSettings fitted(String embedderId) {
        return embedderId != null && embedderId.startsWith("bge-small-en-v15-q")
                ? new NeighbourSettings(7, 0.675, 0.8) : fitted();
    }

    /**
     * The fitted least margin of the {@link EmergencyPrefilter} in front of a vote with the
     * embedder {@code voteEmbedderId} when messages already carry the embedding
     * {@code prefilterEmbedderId}: for an all-MiniLM-L6-v2 prefilter in front of the
     * bge-small-en-v1.5 vote, {@value #PREFILTER_FITTED}, the largest value (to three decimals)
     * that lets through every emergency the bge vote caught in the held-out blind rounds (printed
     * as "FITTED" by {@code bench.SafetyNeighboursEvaluation --prefilter}, docs/safety-evaluation.md).
     * Empty for other pairs: no prefilter was fitted for them, so every message is voted on.
     */
    public static java.util.OptionalDouble fittedPrefilter(String prefilterEmbedderId, String voteEmbedderId) {
        return prefilterEmbedderId != null && prefilterEmbedderId.startsWith("all-minilm-l6-v2-q")
                && voteEmbedderId != null && voteEmbedderId.startsWith("bge-small-en-v15-q")
                ? java.util.OptionalDouble.of(PREFILTER_FITTED) : java.util.OptionalDouble.empty();
    }

    /** The operating point fitted for the default embedding model, all-MiniLM-L6-v2. */
    public static NeighbourSettings fitted() {
        return new NeighbourSettings(15, 0.70, 0.5);
    }
}
