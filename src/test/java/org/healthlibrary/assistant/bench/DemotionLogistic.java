package org.healthlibrary.assistant.bench;

import java.util.List;

/**
 * A small logistic regression for {@link SafetyDemotionEvaluation}: class-balanced, L2-penalised,
 * fitted by plain gradient descent on standardised features, so that its weights can be read.
 * Positive class: messages to demote (near misses); negative: emergencies. Deterministic.
 */
final class DemotionLogistic {

    private static final int STEPS = 3000;
    private static final double RATE = 0.2;
    private static final double L2 = 1e-3;

    private DemotionLogistic() {
    }

    /**
     * The weights: {@code [bias, w_1..w_n, mean_1..mean_n, sd_1..sd_n]} (the standardisation is
     * kept with them so that {@link #score} takes raw features).
     */
    static double[] fit(List<double[]> negatives, List<double[]> positives) {
        int n = negatives.isEmpty() ? positives.get(0).length : negatives.get(0).length;
        double[] mean = new double[n];
        double[] sd = new double[n];
        int count = negatives.size() + positives.size();
        for (List<double[]> part : List.of(negatives, positives)) {
            for (double[] x : part) {
                for (int i = 0; i < n; i++) {
                    mean[i] += x[i] / count;
                }
            }
        }
        for (List<double[]> part : List.of(negatives, positives)) {
            for (double[] x : part) {
                for (int i = 0; i < n; i++) {
                    sd[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / count;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            sd[i] = sd[i] == 0 ? 1 : Math.sqrt(sd[i]);
        }
        double[] w = new double[n + 1];
        double negWeight = 0.5 / Math.max(1, negatives.size());
        double posWeight = 0.5 / Math.max(1, positives.size());
        for (int step = 0; step < STEPS; step++) {
            double[] grad = new double[n + 1];
            for (int label = 0; label < 2; label++) {
                List<double[]> part = label == 0 ? negatives : positives;
                double weight = label == 0 ? negWeight : posWeight;
                for (double[] x : part) {
                    double z = w[0];
                    for (int i = 0; i < n; i++) {
                        z += w[i + 1] * (x[i] - mean[i]) / sd[i];
                    }
                    double err = (1 / (1 + Math.exp(-z)) - label) * weight;
                    grad[0] += err;
                    for (int i = 0; i < n; i++) {
                        grad[i + 1] += err * (x[i] - mean[i]) / sd[i];
                    }
                }
            }
            for (int i = 0; i <= n; i++) {
                w[i] -= RATE * (grad[i] + (i == 0 ? 0 : L2 * w[i]));
            }
        }
        double[] out = new double[1 + 3 * n];
        System.arraycopy(w, 0, out, 0, n + 1);
        System.arraycopy(mean, 0, out, n + 1, n);
        System.arraycopy(sd, 0, out, 2 * n + 1, n);
        return out;
    }

    /** The linear score (log-odds of "demote") of raw features {@code x} under weights from {@link #fit}. */
    static double score(double[] weights, double[] x) {
        int n = (weights.length - 1) / 3;
        double z = weights[0];
        for (int i = 0; i < n; i++) {
            z += weights[i + 1] * (x[i] - weights[n + 1 + i]) / weights[2 * n + 1 + i];
        }
        return z;
    }
}
