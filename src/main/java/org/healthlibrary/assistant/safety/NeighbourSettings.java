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

    /** The operating point fitted for the default embedding model, all-MiniLM-L6-v2. */
    public static NeighbourSettings fitted() {
        return new NeighbourSettings(15, 0.70, 0.5);
    }
}
