package org.healthlibrary.assistant.bench;

import java.util.List;

/**
 * A pairwise logistic regression for a ranker: for each question, every (acceptable, other)
 * pair of its candidates should score the acceptable one higher. Minimises
 * {@code sum over questions of the mean over its pairs of log(1 + exp(-w . (x_acceptable - x_other)))}
 * plus {@code l2 / 2 * |w|^2} (every question weighs the same, however many candidates it has)
 * by full-batch gradient descent from zero with a fixed step and number of rounds: convex, and
 * deterministic. Questions without an acceptable candidate, or with only acceptable ones, teach
 * nothing and are skipped.
 */
final class PairwiseFit {

    /** One question's candidates: their features, and which are acceptable. */
    record Group(double[][] x, boolean[] acceptable) {

        boolean informative() {
            boolean any = false;
            boolean other = false;
            for (boolean a : acceptable) {
                any |= a;
                other |= !a;
            }
            return any && other;
        }

        /** True when the best-scoring candidate (the first of equal scores) is acceptable. */
        boolean topAcceptable(double[] w) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                double s = dot(w, x[i]);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            return best >= 0 && acceptable[best];
        }
    }

    private PairwiseFit() {
    }

    /** The fitted weights. */
    static double[] fit(List<Group> groups, int dims, double l2, int rounds, double step) {
        double[] w = new double[dims];
        List<Group> used = groups.stream().filter(Group::informative).toList();
        for (int round = 0; round < rounds; round++) {
            double[] grad = new double[dims];
            for (Group g : used) {
                double[] gg = new double[dims];
                int pairs = 0;
                for (int i = 0; i < g.x().length; i++) {
                    if (!g.acceptable()[i]) {
                        continue;
                    }
                    for (int j = 0; j < g.x().length; j++) {
                        if (g.acceptable()[j]) {
                            continue;
                        }
                        double d = 0;
                        for (int k = 0; k < dims; k++) {
                            d += w[k] * (g.x()[i][k] - g.x()[j][k]);
                        }
                        double p = 1 / (1 + Math.exp(d)); // minus the derivative of log(1 + exp(-d))
                        for (int k = 0; k < dims; k++) {
                            gg[k] -= p * (g.x()[i][k] - g.x()[j][k]);
                        }
                        pairs++;
                    }
                }
                for (int k = 0; k < dims; k++) {
                    grad[k] += gg[k] / pairs;
                }
            }
            for (int k = 0; k < dims; k++) {
                w[k] -= step * (grad[k] / Math.max(1, used.size()) + l2 * w[k]);
            }
        }
        return w;
    }

    /** The share of groups whose best candidate is acceptable (groups without any acceptable candidate count as misses). */
    static double topOneAccuracy(List<Group> groups, double[] w) {
        if (groups.isEmpty()) {
            return 0;
        }
        return (double) groups.stream().filter(g -> g.topAcceptable(w)).count() / groups.size();
    }

    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * x[k];
        }
        return s;
    }
}
