package org.healthlibrary.assistant.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.healthlibrary.assistant.bench.NeighbourEvalData.Item;
import org.healthlibrary.assistant.safety.EmergencyPrefilter;
import org.healthlibrary.assistant.safety.NeighbourOpinion;
import org.healthlibrary.assistant.safety.NeighbourSettings;
import org.healthlibrary.assistant.safety.NeighbourVote;

/**
 * Fits the threshold of the second opinion's prefilter ({@link EmergencyPrefilter}): the
 * all-MiniLM-L6-v2 margin of the nearest emergency exemplar's similarity over the nearest other
 * exemplar's that a message must reach for the bge-small-en-v1.5 vote to run. Leave one round out: for each blind round R, the bge vote
 * (exemplars not from R, at the shipped bge point) judges R's emergencies that are not on the lab
 * path, and the prefilter (exemplars not from R) scores them; the fitted threshold is
 * the largest (to three decimals) that every emergency the vote caught still reaches. Prints the
 * lowest-scoring catches (what a higher threshold would lose), the vote's false alarms the
 * prefilter removes, and the share of ordinary messages that pass (pay for the bge embedding).
 */
final class PrefilterFit {

    /** A held-out emergency the bge vote caught, with its prefilter score. */
    private record Catch(String round, String text, double similarity) {
    }

    private final List<Item> mini;
    private final List<Item> bge;
    private final NeighbourSettings settings;
    /** The caught emergencies' similarity to the nearest emergency alone (the simpler feature, for comparison). */
    private final List<Double> similarities = new ArrayList<>();

    /** {@code mini} and {@code bge}: the same exemplars in the same order, embedded by each model. */
    PrefilterFit(List<Item> mini, List<Item> bge, NeighbourSettings settings) {
        if (mini.size() != bge.size()) {
            throw new IllegalArgumentException("the two models' exemplars differ");
        }
        this.mini = mini;
        this.bge = bge;
        this.settings = settings;
    }

    /** The fitted threshold over {@code rounds}; prints the evidence. */
    double fit(List<String> rounds) {
        List<Catch> catches = new ArrayList<>();
        System.out.printf("%nPrefilter (all-MiniLM-L6-v2 margin of the nearest emergency over the nearest other exemplar) in front of the bge vote %s, leave one round out%n",
                settings);
        List<double[]> alarmScores = new ArrayList<>();
        similarities.clear();
        for (String round : rounds) {
            Predicate<Item> held = i -> i.exemplar().source().equals(round);
            NeighbourVote vote = NeighbourGrid.vote(bge.stream().filter(held.negate()).toList(), settings);
            EmergencyPrefilter prefilter = prefilter(held.negate(), -2);
            int emergencies = 0, caught = 0, alarms = 0;
            for (int i = 0; i < bge.size(); i++) {
                Item b = bge.get(i);
                if (!held.test(b) || b.lab()) {
                    continue;
                }
                NeighbourOpinion o = vote.judge(b.vector());
                EmergencyPrefilter.Nearest n = prefilter.nearest(mini.get(i).vector());
                double s = n.margin();
                if (b.exemplar().emergency()) {
                    emergencies++;
                    if (o.emergency()) {
                        caught++;
                        catches.add(new Catch(round, b.text(), s));
                        similarities.add(n.similarity());
                    }
                } else if (o.emergency()) {
                    alarms++;
                    alarmScores.add(new double[] {s});
                }
            }
            System.out.printf("  %-12s: bge vote alone caught %d of %d emergencies off the lab path; %d false alarms%n",
                    round, caught, emergencies, alarms);
        }
        catches.sort(Comparator.comparingDouble(Catch::similarity));
        System.out.println("  lowest prefilter margins among the caught emergencies:");
        for (Catch c : catches.subList(0, Math.min(6, catches.size()))) {
            System.out.printf(Locale.ROOT, "    %.4f [%s] %s%n", c.similarity(), c.round(), c.text());
        }
        double t0 = Math.floor(catches.getFirst().similarity() * 1000) / 1000;
        double t1 = Math.floor(catches.get(1).similarity() * 1000) / 1000;
        System.out.printf(Locale.ROOT, "  FITTED least margin (no catch lost): %.3f; with at most 1 lost: %.3f (loses '%s')%n",
                t0, t1, catches.getFirst().text());
        long removed = alarmScores.stream().filter(a -> a[0] < t0).count();
        System.out.printf("  the vote's false alarms the prefilter removes at %.3f: %d of %d%n", t0, removed,
                alarmScores.size());
        return t0;
    }

    /**
     * Prints the share of {@code messages} (MiniLM items) that reach the vote (the rules say no
     * emergency, no lab values) and of those that pass the prefilter over every exemplar.
     */
    void passRate(String name, List<Item> messages, double threshold) {
        EmergencyPrefilter prefilter = prefilter(i -> true, threshold);
        int reach = 0, pass = 0;
        for (Item m : messages) {
            if (m.lab() || m.rules().emergency()) {
                continue;
            }
            reach++;
            pass += prefilter.nearest(m.vector()).passes() ? 1 : 0;
        }
        double s0 = Math.floor(similarities.stream().mapToDouble(d -> d).min().orElse(0) * 1000) / 1000;
        int simplePass = 0;
        for (Item m : messages) {
            simplePass += !m.lab() && !m.rules().emergency() && prefilter.nearest(m.vector()).similarity() >= s0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  %s: %d messages, %d reach the second opinion, %d pass the prefilter at %.3f"
                + " (%.1f%% of those reaching it, %.1f%% of all)%n", name, messages.size(), reach, pass, threshold,
                100.0 * pass / Math.max(1, reach), 100.0 * pass / Math.max(1, messages.size()));
        System.out.printf(Locale.ROOT, "    (by the similarity to the nearest emergency alone, fitted the same way at %.3f:"
                + " %d pass, %.1f%% of those reaching it)%n", s0, simplePass, 100.0 * simplePass / Math.max(1, reach));
    }

    /**
     * Round R's first try with the cascade, exemplars not from R ({@code miniRound},
     * {@code bgeRound}: R's messages embedded by each model, same order): emergencies the rules
     * missed that the vote catches, and how many of those the prefilter would stop.
     */
    void check(String round, List<Item> miniRound, List<Item> bgeRound, double threshold) {
        Predicate<Item> other = i -> !i.exemplar().source().equals(round);
        NeighbourVote vote = NeighbourGrid.vote(bge.stream().filter(other).toList(), settings);
        EmergencyPrefilter prefilter = prefilter(other, -2);
        int emergencies = 0, rules = 0, voteOnly = 0, cascade = 0, nm = 0, ruleAlarms = 0, voteAlarms = 0, cascadeAlarms = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < bgeRound.size(); i++) {
            Item b = bgeRound.get(i);
            boolean voted = !b.lab() && !b.rules().emergency() && vote.judge(b.vector()).emergency();
            double s = prefilter.nearest(miniRound.get(i).vector()).margin();
            boolean passed = voted && s >= threshold;
            if (b.exemplar().emergency()) {
                emergencies++;
                rules += b.rules().emergency() ? 1 : 0;
                voteOnly += voted ? 1 : 0;
                cascade += passed ? 1 : 0;
                if (voted && !passed) {
                    lines.add(String.format(Locale.ROOT, "    LOST by the prefilter (%.4f): %s", s, b.text()));
                }
            } else {
                nm++;
                ruleAlarms += b.rules().emergency() ? 1 : 0;
                voteAlarms += voted ? 1 : 0;
                cascadeAlarms += passed ? 1 : 0;
            }
        }
        System.out.printf("%n%s first try, exemplars without it, prefilter at %.3f:%n", round, threshold);
        System.out.printf("  rules alone: sensitivity %d/%d, specificity %d/%d%n", rules, emergencies, nm - ruleAlarms, nm);
        System.out.printf("  rules + bge vote on every message: sensitivity %d/%d, specificity %d/%d%n", rules + voteOnly,
                emergencies, nm - ruleAlarms - voteAlarms, nm);
        System.out.printf("  rules + cascade: sensitivity %d/%d, specificity %d/%d%n", rules + cascade, emergencies,
                nm - ruleAlarms - cascadeAlarms, nm);
        lines.forEach(System.out::println);
    }

    private EmergencyPrefilter prefilter(Predicate<Item> use, double minMargin) {
        List<Item> pool = mini.stream().filter(use).toList();
        return new EmergencyPrefilter(pool.stream().map(Item::exemplar).toList(),
                pool.stream().map(i -> unit(i.vector())).toArray(float[][]::new), minMargin);
    }

    private static float[] unit(float[] v) {
        double sum = 0;
        for (float f : v) {
            sum += f * f;
        }
        float[] out = v.clone();
        for (int d = 0; d < out.length; d++) {
            out[d] /= (float) Math.sqrt(sum);
        }
        return out;
    }
}
