package org.healthlibrary.assistant.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.healthlibrary.assistant.bench.NeighbourEvalData.Item;
import org.healthlibrary.assistant.safety.ExemplarVectors;
import org.healthlibrary.assistant.safety.RedFlagCategory;
import org.healthlibrary.assistant.safety.RedFlagResult;
import org.healthlibrary.assistant.safety.SafetyExemplar;
import org.healthlibrary.assistant.safety.SafetyExemplars;
import org.healthlibrary.assistant.safety.UnframedMentions;
import org.healthlibrary.assistant.search.EmbeddingModelChoice;
import org.healthlibrary.assistant.search.PassageEmbedder;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * Whether a fitted demotion (taking back an emergency the red-flag rules found when the
 * message's nearest labelled messages are near misses rather than emergencies) could raise
 * first-try specificity without losing an emergency.
 *
 * <p>What it measures. For a message the rules call an emergency (never self-harm, never a
 * poisoning with the crisis line, never on the lab path), features from its neighbours among the
 * shipped exemplars by bge-small-en-v1.5 and by all-MiniLM-L6-v2: the similarity of the nearest
 * emergency and of the nearest other exemplar, the others' share of the 7 nearest, and a weak
 * framing cue (a mention the rules read as not affirmed). Each candidate decision is a score with
 * a threshold set so that no training emergency is demoted. Leave one round out over blind rounds
 * 1-7: for held-out round R the exemplars of R are removed, and the training messages of round Q
 * see exemplars without Q and R (the labelled set's emergencies, always exemplars, see all but
 * themselves and count as training emergencies too). Because the rules now pass every near miss
 * of rounds 1-7, the "false alarms" of a held-out round are a stand-in: its near misses that a
 * symptom rule matches however the mention is framed ({@code safety.UnframedMentions}).
 *
 * <p>Then, once, the candidate chosen on rounds 1-7 (no held-out loss, most rescues) is fitted on
 * rounds 1-7 and applied to a blind round folder that is not in the exemplars ({@code --check}),
 * on the rules' own verdicts run in-process: false alarms it removes, emergencies it loses.
 *
 * <p>Usage (docs/safety-evaluation.md, "Demotion by near-miss neighbours"):
 * {@code ./mvnw -q -Pbench test-compile exec:java
 * -Dexec.mainClass=org.healthlibrary.assistant.bench.SafetyDemotionEvaluation
 * -Dexec.args="[--check /path/to/blind/round8]"}. Embeddings of the checked folder are cached
 * under {@code target/safety-neighbour-cache}. Prints message texts of the test sets: run it on
 * test sets only.
 */
public final class SafetyDemotionEvaluation {

    static final List<String> ROUNDS = List.of("blind-round1", "blind-round2", "blind-round3", "blind-round4",
            "blind-round5", "blind-round6", "blind-round7");
    private static final int K = 7;
    /** The safety margin (cosine) of the second bge candidate over the highest training emergency. */
    private static final double SAFETY_MARGIN = 0.02;

    /** One message, what the rules say about it, and its similarity to every exemplar by both models. */
    record Msg(Item item, int[] same, Optional<RedFlagCategory> mention, int framed, float[] bge, float[] mini) {
        SafetyExemplar e() {
            return item.exemplar();
        }

        /** The rules call it an emergency that a demotion may take back. */
        boolean demotable() {
            RedFlagResult r = item.rules();
            return r.emergency() && !item.lab() && r.category() != RedFlagCategory.SELF_HARM
                    && !(r.category() == RedFlagCategory.POISONING && r.crisis());
        }

        /** A near miss a symptom rule matches however it is framed: the stand-in for a first-try false alarm. */
        boolean standInAlarm() {
            return !e().emergency() && !item.lab() && mention.isPresent() && mention.get() != RedFlagCategory.SELF_HARM;
        }
    }

    /** What a decision sees. */
    record Features(double bgeEm, double bgeOther, double bgeOtherShare, double miniEm, double miniOther, double framed) {
        double[] values() {
            return new double[] {bgeEm, bgeOther, bgeOtherShare, miniEm, miniOther, framed};
        }
    }

    /** A fitted decision: demote when the score is above the threshold. */
    record Decision(ToDoubleFunction<Features> score, double threshold) {
        boolean demote(Features f) {
            return score.applyAsDouble(f) > threshold;
        }
    }

    /** How a candidate is fitted on training emergencies and stand-in alarms. */
    interface Fitter {
        Decision fit(List<Features> emergencies, List<Features> alarms);
    }

    /**
     * A candidate decision. One that reads the framing cue cannot be judged by leaving a round out:
     * the cues were written from every round's near misses, and a stand-in alarm is by its
     * definition a mention the cues read as framed; so it is printed but never chosen.
     */
    record Candidate(String name, boolean framingCue, Fitter fitter) {
        Decision fit(List<Features> emergencies, List<Features> alarms) {
            return fitter.fit(emergencies, alarms);
        }
    }

    private SafetyDemotionEvaluation() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path check = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--check")) {
                check = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        SearchSettings defaults = SearchSettings.defaults();
        try (PassageEmbedder bge = PassageEmbedder.of(defaults.withEmbeddingModel(EmbeddingModelChoice.BGE_SMALL_EN_V15_Q));
             PassageEmbedder mini = PassageEmbedder.of(defaults.withEmbeddingModel(EmbeddingModelChoice.ALL_MINILM_L6_V2_Q))) {
            List<SafetyExemplar> exemplars = SafetyExemplars.shipped();
            float[][] bgeVectors = ExemplarVectors.shipped(bge.id(), exemplars).orElseThrow().vectors();
            float[][] miniVectors = ExemplarVectors.shipped(mini.id(), exemplars).orElseThrow().vectors();
            Map<String, List<Integer>> byText = new HashMap<>();
            for (int j = 0; j < exemplars.size(); j++) {
                byText.computeIfAbsent(exemplars.get(j).text(), t -> new ArrayList<>()).add(j);
            }
            List<Msg> messages = new ArrayList<>();
            for (int j = 0; j < exemplars.size(); j++) {
                SafetyExemplar e = exemplars.get(j);
                int[] same = byText.get(e.text()).stream().mapToInt(Integer::intValue).toArray();
                messages.add(msg(NeighbourEvalData.screened(e, bgeVectors[j]), same, bgeVectors[j], miniVectors[j],
                        bgeVectors, miniVectors));
            }
            System.out.printf("%d exemplars (%s, %s); demotion never touches self-harm, a poisoning with the crisis"
                    + " line or a lab message%n", exemplars.size(), bge.id(), mini.id());
            List<Candidate> candidates = candidates();
            Map<String, int[]> totals = leaveOneRoundOut(messages, exemplars, candidates);
            Candidate chosen = choose(candidates, totals);
            System.out.printf("%nChosen on rounds 1-7 (no held-out emergency lost, then most stand-in alarms removed): %s%n",
                    chosen == null ? "none: every candidate lost an emergency" : chosen.name());
            if (check != null && chosen != null) {
                checkRound(check, chosen, messages, exemplars, bge, mini, bgeVectors, miniVectors);
            }
        }
    }

    private static Msg msg(Item item, int[] same, float[] bgeVector, float[] miniVector, float[][] bgeVectors,
                           float[][] miniVectors) {
        String text = item.exemplar().text();
        return new Msg(item, same, UnframedMentions.firstMention(text), UnframedMentions.framedMentions(text),
                sims(bgeVector, bgeVectors), sims(miniVector, miniVectors));
    }

    private static float[] sims(float[] v, float[][] vectors) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        float[] out = new float[vectors.length];
        for (int j = 0; j < vectors.length; j++) {
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                s += v[i] * vectors[j][i];
            }
            out[j] = (float) (s * inv);
        }
        return out;
    }

    /** The features of {@code m} with the exemplars of {@code excluded} sources (and the message itself) left out. */
    static Features features(Msg m, List<SafetyExemplar> exemplars, Set<String> excluded) {
        double[] b = side(m.bge(), m, exemplars, excluded);
        double[] n = side(m.mini(), m, exemplars, excluded);
        return new Features(b[0], b[1], b[2], n[0], n[1], m.framed() > 0 ? 1 : 0);
    }

    /** {nearest emergency, nearest other, others' similarity share of the K nearest}. */
    private static double[] side(float[] sims, Msg m, List<SafetyExemplar> exemplars, Set<String> excluded) {
        double em = -1;
        double other = -1;
        double[] top = new double[K];
        boolean[] topEm = new boolean[K];
        int filled = 0;
        outer:
        for (int j = 0; j < sims.length; j++) {
            SafetyExemplar x = exemplars.get(j);
            if (excluded.contains(x.source())) {
                continue;
            }
            for (int s : m.same()) {
                if (s == j) {
                    continue outer;
                }
            }
            double s = sims[j];
            if (x.emergency()) {
                em = Math.max(em, s);
            } else {
                other = Math.max(other, s);
            }
            if (filled < K) {
                filled++;
            } else if (s <= top[K - 1]) {
                continue;
            }
            int i = filled - 1;
            while (i > 0 && top[i - 1] < s) {
                top[i] = top[i - 1];
                topEm[i] = topEm[i - 1];
                i--;
            }
            top[i] = s;
            topEm[i] = x.emergency();
        }
        double total = 0;
        double others = 0;
        for (int i = 0; i < filled; i++) {
            double w = Math.max(0, top[i]);
            total += w;
            others += topEm[i] ? 0 : w;
        }
        return new double[] {em, other, total == 0 ? 0 : others / total};
    }

    /** The candidates, simplest first. */
    static List<Candidate> candidates() {
        return List.of(
                threshold("bge: nearest other minus nearest emergency", f -> f.bgeOther() - f.bgeEm(), 0),
                threshold("the same, threshold raised by " + SAFETY_MARGIN, f -> f.bgeOther() - f.bgeEm(), SAFETY_MARGIN),
                threshold("MiniLM: nearest other minus nearest emergency", f -> f.miniOther() - f.miniEm(), 0),
                threshold("both models: sum of the two margins", f -> f.bgeOther() - f.bgeEm() + f.miniOther() - f.miniEm(), 0),
                threshold("bge: others' share of the 7 nearest", Features::bgeOtherShare, 0),
                logistic("logistic on the 5 neighbour features", 5),
                new Candidate("(cue) bge margin, framed mention only", true,
                        fitThreshold(f -> f.framed() > 0 ? f.bgeOther() - f.bgeEm() : -9, 0)),
                new Candidate("(cue) logistic on the 5 features + framing cue", true, fitLogistic(6)));
    }

    private static Candidate threshold(String name, ToDoubleFunction<Features> score, double margin) {
        return new Candidate(name, false, fitThreshold(score, margin));
    }

    private static Candidate logistic(String name, int width) {
        return new Candidate(name, false, fitLogistic(width));
    }

    /** Demote above the highest-scored training emergency, raised by {@code margin}. */
    private static Fitter fitThreshold(ToDoubleFunction<Features> score, double margin) {
        return (emergencies, alarms) -> new Decision(score,
                emergencies.stream().mapToDouble(score).max().orElse(Double.MAX_VALUE) + margin);
    }

    /** A logistic score on the first {@code width} features, demoting above the highest-scored training emergency. */
    private static Fitter fitLogistic(int width) {
        return (emergencies, alarms) -> {
            double[] w = DemotionLogistic.fit(emergencies.stream().map(f -> slice(f, width)).toList(),
                    alarms.stream().map(f -> slice(f, width)).toList());
            ToDoubleFunction<Features> score = f -> DemotionLogistic.score(w, slice(f, width));
            return new Decision(score, emergencies.stream().mapToDouble(score).max().orElse(Double.MAX_VALUE));
        };
    }

    private static double[] slice(Features f, int width) {
        return java.util.Arrays.copyOf(f.values(), width);
    }

    /**
     * For each held-out round and candidate: stand-in alarms removed, emergencies lost, and the
     * gap from the threshold to the held-out emergency scored highest. Returns per candidate
     * {removed, stand-in alarms, lost, demotable emergencies}, summed over the rounds.
     */
    private static Map<String, int[]> leaveOneRoundOut(List<Msg> messages, List<SafetyExemplar> exemplars,
                                                        List<Candidate> candidates) {
        Map<String, int[]> totals = new LinkedHashMap<>();
        candidates.forEach(c -> totals.put(c.name(), new int[4]));
        for (String held : ROUNDS) {
            List<Features> em = new ArrayList<>();
            List<Features> alarms = new ArrayList<>();
            List<Features> heldEm = new ArrayList<>();
            List<Features> heldAlarms = new ArrayList<>();
            List<Msg> heldEmMsgs = new ArrayList<>();
            int heldNotCaught = 0;
            int heldNearMisses = 0;
            for (Msg m : messages) {
                String source = m.e().source();
                boolean blind = ROUNDS.contains(source);
                if (source.equals(held)) {
                    Features f = features(m, exemplars, Set.of(held));
                    if (m.e().emergency() && m.demotable()) {
                        heldEm.add(f);
                        heldEmMsgs.add(m);
                    } else if (m.e().emergency() && !m.item().rules().emergency()) {
                        heldNotCaught++;
                    } else if (!m.e().emergency() && !m.e().kind().equals("dose")) {
                        heldNearMisses++;
                    }
                    if (m.standInAlarm()) {
                        heldAlarms.add(f);
                    }
                    continue;
                }
                if (!(m.e().emergency() && m.demotable()) && !m.standInAlarm()) {
                    continue;
                }
                Features f = features(m, exemplars, blind ? Set.of(source, held) : Set.of(held));
                (m.e().emergency() ? em : alarms).add(f);
            }
            System.out.printf("%nHeld out %s: %d demotable emergencies (%d emergencies the rules miss), %d near misses,"
                            + " %d stand-in alarms (near misses and dose questions a symptom rule matches however framed);"
                            + " training: %d emergencies, %d stand-in alarms%n",
                    held, heldEm.size(), heldNotCaught, heldNearMisses, heldAlarms.size(), em.size(), alarms.size());
            for (Candidate c : candidates) {
                Decision d = c.fit(em, alarms);
                int removed = (int) heldAlarms.stream().filter(d::demote).count();
                int lost = 0;
                double worst = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < heldEm.size(); i++) {
                    double s = d.score().applyAsDouble(heldEm.get(i));
                    worst = Math.max(worst, s);
                    if (s > d.threshold()) {
                        lost++;
                        System.out.printf(Locale.ROOT, "      lost by %s: [%s] %s%n", c.name(),
                                heldEmMsgs.get(i).item().rules().category(), heldEmMsgs.get(i).e().text());
                    }
                }
                System.out.printf(Locale.ROOT, "  %-52s removed %3d/%3d  lost %d/%d  threshold %.3f, gap to highest"
                        + " held-out emergency %+.3f%n", c.name(), removed, heldAlarms.size(), lost, heldEm.size(),
                        d.threshold(), d.threshold() - worst);
                int[] t = totals.get(c.name());
                t[0] += removed;
                t[1] += heldAlarms.size();
                t[2] += lost;
                t[3] += heldEm.size();
            }
        }
        System.out.printf("%nSummed over the 7 held-out rounds:%n");
        totals.forEach((name, t) -> System.out.printf(Locale.ROOT, "  %-52s removed %4d/%4d = %4.1f%%  lost %d/%d%n",
                name, t[0], t[1], 100.0 * t[0] / Math.max(1, t[1]), t[2], t[3]));
        return totals;
    }

    private static Candidate choose(List<Candidate> candidates, Map<String, int[]> totals) {
        Candidate best = null;
        for (Candidate c : candidates) {
            int[] t = totals.get(c.name());
            if (!c.framingCue() && t[2] == 0 && (best == null || t[0] > totals.get(best.name())[0])) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Fits {@code chosen} on rounds 1-7 and the labelled set, and applies it once to the blind
     * round in {@code dir} (not in the exemplars) on the rules' in-process verdicts.
     */
    private static void checkRound(Path dir, Candidate chosen, List<Msg> messages, List<SafetyExemplar> exemplars,
                                   PassageEmbedder bge, PassageEmbedder mini, float[][] bgeVectors,
                                   float[][] miniVectors) throws Exception {
        List<Features> em = new ArrayList<>();
        List<Features> alarms = new ArrayList<>();
        for (Msg m : messages) {
            if (m.e().emergency() ? m.demotable() : m.standInAlarm()) {
                Features f = features(m, exemplars, ROUNDS.contains(m.e().source()) ? Set.of(m.e().source()) : Set.of());
                (m.e().emergency() ? em : alarms).add(f);
            }
        }
        Decision d = chosen.fit(em, alarms);
        String round = "blind-" + dir.getFileName();
        List<SafetyExemplar> blind = NeighbourEvalData.blindRound(dir, round);
        Map<String, int[]> known = new HashMap<>();
        for (int j = 0; j < exemplars.size(); j++) {
            known.merge(exemplars.get(j).text(), new int[] {j}, (x, y) -> java.util.stream.IntStream
                    .concat(java.util.Arrays.stream(x), java.util.Arrays.stream(y)).toArray());
        }
        long shared = blind.stream().filter(e -> known.containsKey(e.text())).count();
        Path cache = Path.of("target/safety-neighbour-cache");
        List<Item> bgeItems = new NeighbourEvalData(bge, cache).items(blind);
        List<Item> miniItems = new NeighbourEvalData(mini, cache).items(blind);
        int emergencies = 0;
        int nearMisses = 0;
        int demotable = 0;
        int ruleAlarms = 0;
        double highest = Double.NEGATIVE_INFINITY;
        Decision raised = new Decision(d.score(), d.threshold() + SAFETY_MARGIN);
        int[] lost = new int[2];
        int[] removed = new int[2];
        System.out.printf("%n%s, once, with \"%s\" fitted on rounds 1-7 (threshold %.3f; and raised by %s to %.3f);"
                + " %d of its messages are worded exactly as an exemplar and do not see it:%n",
                round, chosen.name(), d.threshold(), SAFETY_MARGIN, raised.threshold(), shared);
        for (int i = 0; i < blind.size(); i++) {
            // a message worded exactly as an exemplar (a generic question written again) does not see that exemplar
            Msg m = msg(bgeItems.get(i), known.getOrDefault(bgeItems.get(i).exemplar().text(), new int[0]), bgeItems.get(i).vector(), miniItems.get(i).vector(), bgeVectors,
                    miniVectors);
            SafetyExemplar e = m.e();
            emergencies += e.emergency() ? 1 : 0;
            nearMisses += !e.emergency() && !e.kind().equals("dose") ? 1 : 0;
            if (!m.demotable()) {
                if (!e.emergency() && m.item().rules().emergency()) {
                    System.out.printf("  out of reach (%s) [%s as %s]: %s%n", m.item().lab() ? "lab path" : "crisis line",
                            e.kind(), m.item().rules().category(), e.text());
                }
                continue;
            }
            Features f = features(m, exemplars, Set.of());
            double score = d.score().applyAsDouble(f);
            boolean[] demote = {d.demote(f), raised.demote(f)};
            int[] counter = e.emergency() ? lost : removed;
            for (int j = 0; j < 2; j++) {
                counter[j] += demote[j] ? 1 : 0;
            }
            if (e.emergency()) {
                demotable++;
                highest = Math.max(highest, score);
                if (demote[0]) {
                    System.out.printf(Locale.ROOT, "  LOST (score %.3f) [%s]: %s%n", score, e.category(), e.text());
                }
            } else {
                ruleAlarms++;
                System.out.printf(Locale.ROOT, "  %s (score %.3f) [%s as %s]: %s%n",
                        demote[1] ? "REMOVED" : demote[0] ? "removed" : "kept   ", score, e.kind(),
                        m.item().rules().category(), e.text());
            }
        }
        System.out.printf(Locale.ROOT, "  highest score of an emergency the rules caught: %.3f (gap to the fitted threshold"
                + " %+.3f)%n", highest, d.threshold() - highest);
        for (int j = 0; j < 2; j++) {
            System.out.printf("  threshold %s: rules' false alarms removed %d/%d; emergencies lost %d of the %d the rules"
                    + " caught that a demotion may touch (%d emergencies, %d near misses in the round)%n",
                    j == 0 ? "as fitted" : "raised", removed[j], ruleAlarms, lost[j], demotable, emergencies, nearMisses);
        }
    }
}
