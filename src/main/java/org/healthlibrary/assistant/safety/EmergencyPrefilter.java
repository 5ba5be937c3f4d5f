package org.healthlibrary.assistant.safety;

import org.apache.lucene.util.VectorUtil;

import java.util.List;
import java.util.Objects;

/**
 * The cheap first stage of the second opinion's cascade ({@link NeighbourCascade}): by the
 * vectors of the embedding the message already has for retrieval, how much nearer the message
 * is to the nearest emergency exemplar than to the nearest exemplar that is not an emergency
 * (the margin). Only a message whose margin is at least {@code minMargin} pays for the vote's
 * own, costlier embedding.
 *
 * <p>Why: the vote is much better with bge-small-en-v1.5 than with retrieval's
 * all-MiniLM-L6-v2 (docs/safety-evaluation.md), but a second embedding of every message would
 * cost about 8 ms of CPU each. Why a margin and not the similarity to the nearest emergency
 * alone: with the threshold fitted so that no held-out emergency the vote caught is lost, the
 * similarity alone let 82% of ordinary questions through (every health question is somewhat
 * near some emergency), the margin 40%. The threshold is fitted, not set by hand
 * ({@link NeighbourSettings#fittedPrefilter}).
 *
 * <p>Cost: one dot product per exemplar (as the vote). Immutable and thread-safe.
 */
public final class EmergencyPrefilter {

    private final List<SafetyExemplar> exemplars;
    private final float[][] vectors;
    private final double minMargin;

    /**
     * A prefilter over {@code exemplars}, whose unit-length vectors (same order, made by the
     * prefilter's embedding) are {@code vectors}; messages pass at a margin of at least
     * {@code minMargin} (from -2 to 2; -2 lets every message through).
     */
    public EmergencyPrefilter(List<SafetyExemplar> exemplars, float[][] vectors, double minMargin) {
        if (exemplars.size() != vectors.length) {
            throw new IllegalArgumentException(exemplars.size() + " exemplars but " + vectors.length + " vectors");
        }
        if (minMargin < -2 || minMargin > 2) {
            throw new IllegalArgumentException("minMargin must be from -2 to 2, was " + minMargin);
        }
        this.exemplars = List.copyOf(exemplars);
        this.vectors = vectors.clone();
        this.minMargin = minMargin;
    }

    /** The least margin for a message to pass. */
    public double minMargin() {
        return minMargin;
    }

    /** What the prefilter sees in a message whose prefilter embedding is {@code vector}. */
    public Nearest nearest(float[] vector) {
        Objects.requireNonNull(vector, "vector");
        float[] v = ExemplarVectors.normalize(vector.clone());
        int emergency = -1;
        double emergencySimilarity = -1;
        double otherSimilarity = -1;
        for (int i = 0; i < vectors.length; i++) {
            double s = VectorUtil.dotProduct(v, vectors[i]);
            if (exemplars.get(i).emergency()) {
                if (emergency < 0 || s > emergencySimilarity) {
                    emergency = i;
                    emergencySimilarity = s;
                }
            } else if (s > otherSimilarity) {
                otherSimilarity = s;
            }
        }
        double margin = emergencySimilarity - otherSimilarity;
        return new Nearest(emergency < 0 ? null : exemplars.get(emergency), emergencySimilarity, otherSimilarity, margin,
                margin >= minMargin);
    }

    /**
     * What the prefilter saw.
     *
     * @param emergency           the nearest emergency exemplar, or {@code null} when there are none
     * @param similarity          its cosine similarity (-1 when there are none)
     * @param nonEmergencySimilarity the nearest other exemplar's cosine similarity (-1 when there are none)
     * @param margin              {@code similarity - nonEmergencySimilarity}
     * @param passes              {@code margin >= minMargin}
     */
    public record Nearest(SafetyExemplar emergency, double similarity, double nonEmergencySimilarity, double margin,
                          boolean passes) {
    }
}
