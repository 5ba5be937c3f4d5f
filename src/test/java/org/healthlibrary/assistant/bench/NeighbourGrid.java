package org.healthlibrary.assistant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthlibrary.assistant.bench.NeighbourEvalData.Item;
import org.healthlibrary.assistant.safety.NeighbourOpinion;
import org.healthlibrary.assistant.safety.NeighbourSettings;
import org.healthlibrary.assistant.safety.NeighbourVote;
import org.healthlibrary.assistant.safety.SafetyExemplar;

/**
 * Leave-one-round-out figures of the second opinion over a grid of operating points. Each
 * held-out message's nearest {@code maxK} exemplars are found once per fold; a vote over just
 * those gives the same opinion as one over the fold's exemplars for any k up to {@code maxK}.
 */
final class NeighbourGrid {

    static final int[] KS = {1, 3, 5, 7, 10, 15};
    static final double[] SHARES = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    static final double MIN_SPECIFICITY = 0.97;
    static final double MAX_QUESTION_ALARMS = 0.01;

    /** Per held-out message: the item and a vote over its nearest exemplars. */
    private record Held(Item item, List<Item> near) {
    }

    private final List<Item> exemplars;
    private final List<Held> questions = new ArrayList<>();
    private final int maxK;
    private final java.util.Map<String, List<Held>> folds = new java.util.HashMap<>();

    NeighbourGrid(List<Item> exemplars, List<Item> ordinary, int maxK) {
        this.exemplars = exemplars;
        this.maxK = maxK;
        for (Item q : ordinary) {
            questions.add(new Held(q, nearest(q, exemplars)));
        }
    }

    /** A vote over the items' exemplars and vectors. */
    static NeighbourVote vote(List<Item> items, NeighbourSettings settings) {
        return new NeighbourVote(items.stream().map(Item::exemplar).toList(),
                items.stream().map(Item::vector).toArray(float[][]::new), settings);
    }

    /** True when the neighbours say "near miss" as firmly as an emergency opinion would need. */
    static boolean nearMissSide(NeighbourOpinion o, NeighbourSettings s) {
        return o.nearest() != null && !o.nearest().emergency() && o.nearestSimilarity() >= s.minSimilarity()
                && 1 - o.emergencyShare() >= s.minShare();
    }

    /** The operating point with the most held-out catches meeting the constraints over {@code rounds}. */
    NeighbourSettings fit(List<String> rounds, boolean print) {
        NeighbourSettings best = null;
        int bestCatches = -1;
        int bestAlarms = Integer.MAX_VALUE;
        if (print) {
            System.out.println("k  minSim share | held-out catches | alarms (near misses+doses) | min combined spec | question alarms");
        }
        for (int k : KS) {
            for (double sim = 0.50; sim <= 0.951; sim += 0.025) {
                for (double share : SHARES) {
                    NeighbourSettings s = new NeighbourSettings(k, Math.round(sim * 1000) / 1000.0, share);
                    int catches = 0, alarms = 0;
                    double minSpec = 1;
                    for (String r : rounds) {
                        int[] f = fold(r, s);
                        catches += f[2];
                        alarms += f[5];
                        minSpec = Math.min(minSpec, f[4] == 0 ? 1 : (f[4] - f[6]) / (double) f[4]);
                    }
                    int q = questionAlarms(s);
                    boolean ok = minSpec >= MIN_SPECIFICITY && q <= MAX_QUESTION_ALARMS * questions.size();
                    if (print && ok && share >= 0.8 && k >= 5 && k <= 10 && s.minSimilarity() <= 0.8) {
                        System.out.printf(Locale.ROOT, "%-2d %.3f  %.1f  | %4d | %4d | %.3f | %d/%d%n", k, s.minSimilarity(),
                                share, catches, alarms, minSpec, q, questions.size());
                    }
                    if (ok && (catches > bestCatches || catches == bestCatches && alarms < bestAlarms)) {
                        best = s;
                        bestCatches = catches;
                        bestAlarms = alarms;
                    }
                }
            }
        }
        return best;
    }

    /** Prints the per-round figures at one operating point. */
    void printFolds(List<String> rounds, NeighbourSettings s) {
        System.out.println("  round        | rules sens | rules+vote sens | rules+vote spec | vote alone on held-out emergencies"
                + " (category right) | vote alarms on near misses / doses");
        for (String r : rounds) {
            int[] f = fold(r, s);
            System.out.printf(Locale.ROOT, "  %-12s | %d/%d | %d/%d | %d/%d = %.1f%% | %d/%d (%d) | %d / %d%n", r, f[0], f[1],
                    f[7], f[1], f[4] - f[6], f[4], 100.0 * (f[4] - f[6]) / f[4], f[2], f[8], f[3], f[9], f[10]);
        }
        System.out.printf("  ordinary questions alarmed: %d/%d%n", questionAlarms(s), questions.size());
        for (Held h : questions) {
            NeighbourOpinion o = vote(h.near(), s).judge(h.item().vector());
            if (!h.item().lab() && !h.item().rules().emergency() && o.emergency()) {
                System.out.printf(Locale.ROOT, "    %s %.3f '%s': %s%n", o.category(), o.emergencySimilarity(),
                        o.nearestEmergency().text(), h.item().text());
            }
        }
    }

    /**
     * One fold: [0] rules' catches, [1] emergencies, [2] vote's catches (not lab path), [3] of
     * them category right, [4] non-emergencies, [5] vote alarms on them, [6] combined false
     * alarms, [7] combined catches, [8] emergencies not on the lab path, [9] near-miss alarms,
     * [10] dose alarms.
     */
    private int[] fold(String round, NeighbourSettings s) {
        int[] f = new int[11];
        for (Held h : folds.computeIfAbsent(round, this::heldOut)) {
            Item i = h.item();
            SafetyExemplar e = i.exemplar();
            NeighbourOpinion o = i.lab() ? null : vote(h.near(), s).judge(i.vector());
            boolean voted = o != null && o.emergency();
            boolean combined = i.rules().emergency() || voted;
            if (e.emergency()) {
                f[1]++;
                f[0] += i.rules().emergency() ? 1 : 0;
                f[7] += combined ? 1 : 0;
                f[8] += i.lab() ? 0 : 1;
                if (voted) {
                    f[2]++;
                    f[3] += o.category() == e.category() ? 1 : 0;
                }
            } else {
                f[4]++;
                f[5] += voted ? 1 : 0;
                f[6] += combined ? 1 : 0;
                if (voted) {
                    f[e.kind().equals("dose") ? 10 : 9]++;
                }
            }
        }
        return f;
    }

    private int questionAlarms(NeighbourSettings s) {
        int n = 0;
        for (Held h : questions) {
            if (!h.item().lab() && !h.item().rules().emergency() && vote(h.near(), s).judge(h.item().vector()).emergency()) {
                n++;
            }
        }
        return n;
    }

    private List<Held> heldOut(String round) {
        List<Item> train = exemplars.stream().filter(i -> !i.exemplar().source().equals(round)).toList();
        List<Held> out = new ArrayList<>();
        for (Item i : exemplars) {
            if (i.exemplar().source().equals(round)) {
                out.add(new Held(i, nearest(i, train)));
            }
        }
        return out;
    }

    private List<Item> nearest(Item q, List<Item> pool) {
        float[] v = q.vector();
        double[] sims = new double[pool.size()];
        Integer[] order = new Integer[pool.size()];
        for (int i = 0; i < sims.length; i++) {
            sims[i] = dot(v, pool.get(i).vector());
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(sims[b], sims[a]));
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < Math.min(maxK, order.length); i++) {
            out.add(pool.get(order[i]));
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        double na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return s / Math.sqrt(na * nb);
    }
}
