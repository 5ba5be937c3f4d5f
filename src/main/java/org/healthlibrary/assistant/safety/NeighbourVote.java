package org.healthlibrary.assistant.safety;

import org.apache.lucene.util.VectorUtil;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The meaning-based second opinion on a message the red-flag rules let through: a
 * nearest-neighbour vote over embedded exemplar messages ({@link SafetyExemplar}), so that an
 * emergency worded in a way no rule was written for can still be recognised by what it means.
 *
 * <p>Contract: {@link #judge(float[])} takes the message's embedding (from the same model and
 * tokenisation as the exemplars' {@link ExemplarVectors}) and returns an emergency when the
 * nearest exemplar is an emergency at least {@code minSimilarity} similar and the emergencies
 * hold at least {@code minShare} of the k nearest exemplars' similarity. A near miss nearer than
 * every emergency vetoes (the labelled "What is a thunderclap headache?" has six emergencies
 * among its seven nearest, but is itself the nearest). The
 * category is the one with the most similarity among the emergency neighbours (ties: the
 * nearest's); the crisis line is added when the neighbours of that category that say crisis
 * weigh more than those that do not (always for self-harm). The opinion only ever adds an
 * emergency: the pipeline never lets it take one away (see docs/safety-evaluation.md for what
 * taking one away would have cost).
 *
 * <p>Why the package holds no model: the embedding is the one retrieval needs anyway, made by
 * {@code search}; this class only compares numbers. Cost: one dot product per exemplar (about
 * 2,000 x 384 multiply-adds, well under a millisecond). Immutable and thread-safe.
 */
public final class NeighbourVote {

    private final List<SafetyExemplar> exemplars;
    private final float[][] vectors;
    private final NeighbourSettings settings;

    /** A vote over {@code exemplars} with their unit-length {@code vectors} (same order). */
    public NeighbourVote(List<SafetyExemplar> exemplars, float[][] vectors, NeighbourSettings settings) {
        this.exemplars = List.copyOf(exemplars);
        this.vectors = vectors.clone();
        this.settings = Objects.requireNonNull(settings, "settings");
        if (exemplars.size() != vectors.length) {
            throw new IllegalArgumentException(exemplars.size() + " exemplars but " + vectors.length + " vectors");
        }
    }

    /** The settings in use. */
    public NeighbourSettings settings() {
        return settings;
    }

    /** Number of exemplars. */
    public int size() {
        return exemplars.size();
    }

    /** The opinion on a message whose embedding is {@code vector} (need not be unit length). */
    public NeighbourOpinion judge(float[] vector) {
        Objects.requireNonNull(vector, "vector");
        float[] v = ExemplarVectors.normalize(vector.clone());
        int k = Math.min(settings.k(), vectors.length);
        int[] top = new int[k];
        double[] sims = new double[k];
        int filled = 0;
        for (int i = 0; i < vectors.length; i++) {
            double s = dot(v, vectors[i]);
            if (filled < k) {
                filled++;
            } else if (s <= sims[k - 1]) {
                continue;
            }
            int j = filled - 1;
            while (j > 0 && sims[j - 1] < s) {
                sims[j] = sims[j - 1];
                top[j] = top[j - 1];
                j--;
            }
            sims[j] = s;
            top[j] = i;
        }
        return decide(top, sims, filled);
    }

    private NeighbourOpinion decide(int[] top, double[] sims, int n) {
        if (n == 0) {
            return new NeighbourOpinion(false, null, false, null, 0, null, 0, 0);
        }
        double total = 0;
        double emergencyWeight = 0;
        int nearestEmergency = -1;
        Map<RedFlagCategory, Double> byCategory = new EnumMap<>(RedFlagCategory.class);
        for (int i = 0; i < n; i++) {
            double w = Math.max(0, sims[i]);
            total += w;
            SafetyExemplar e = exemplars.get(top[i]);
            if (e.emergency()) {
                emergencyWeight += w;
                byCategory.merge(e.category(), w, Double::sum);
                if (nearestEmergency < 0) {
                    nearestEmergency = i;
                }
            }
        }
        double share = total == 0 ? 0 : emergencyWeight / total;
        SafetyExemplar nearest = exemplars.get(top[0]);
        SafetyExemplar emergencyNeighbour = nearestEmergency < 0 ? null : exemplars.get(top[nearestEmergency]);
        double emergencySimilarity = nearestEmergency < 0 ? 0 : sims[nearestEmergency];
        boolean emergency = nearest.emergency() && emergencySimilarity >= settings.minSimilarity()
                && share >= settings.minShare();
        if (!emergency) {
            return new NeighbourOpinion(false, null, false, nearest, sims[0], emergencyNeighbour, emergencySimilarity,
                    share);
        }
        RedFlagCategory category = emergencyNeighbour.category();
        double best = byCategory.get(category);
        for (Map.Entry<RedFlagCategory, Double> c : byCategory.entrySet()) {
            if (c.getValue() > best) {
                best = c.getValue();
                category = c.getKey();
            }
        }
        double crisisFor = 0;
        double crisisAgainst = 0;
        for (int i = 0; i < n; i++) {
            SafetyExemplar e = exemplars.get(top[i]);
            if (e.category() == category) {
                if (e.crisis()) {
                    crisisFor += Math.max(0, sims[i]);
                } else {
                    crisisAgainst += Math.max(0, sims[i]);
                }
            }
        }
        return new NeighbourOpinion(true, category, crisisFor > crisisAgainst, nearest, sims[0], emergencyNeighbour,
                emergencySimilarity, share);
    }

    /** Lucene's dot product: SIMD where the JVM offers the vector API (the packaged service does), scalar otherwise. */
    private static double dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }
}
