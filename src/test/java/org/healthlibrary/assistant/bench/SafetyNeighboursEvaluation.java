package org.healthlibrary.assistant.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.healthlibrary.assistant.bench.NeighbourEvalData.Item;
import org.healthlibrary.assistant.safety.NeighbourOpinion;
import org.healthlibrary.assistant.safety.NeighbourSettings;
import org.healthlibrary.assistant.safety.NeighbourVote;
import org.healthlibrary.assistant.safety.SafetyExemplar;
import org.healthlibrary.assistant.search.EmbeddingModelChoice;
import org.healthlibrary.assistant.search.PassageEmbedder;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * Fits and measures the meaning-based second opinion ({@link NeighbourVote}) by
 * leave-one-round-out evaluation: for each blind round R, the exemplars are every shipped
 * exemplar whose source is not R, and round R's messages are screened by the rules and, where
 * the rules say no and the message is not a lab message, by the vote. Prints, for a grid of
 * operating points, the vote's own catches on held-out emergencies and its false alarms, picks
 * the point with the most held-out catches whose combined specificity stays at least 97% in
 * every held-out round and which alarms on at most 1% of ordinary questions, and prints that
 * point per round.
 *
 * <p>Because the rules were tuned on every round, rules-alone on a held-out round is about 100%
 * and says nothing about new wording; so it also prints what the vote alone catches among the
 * messages the rules of commit 87226c9 missed on round 4's first try (their texts come from that
 * run's printed report, {@code --first-try}), with exemplars from rounds 1-3 and the labelled
 * set only and an operating point picked on rounds 1-3 only, and what taking an emergency away
 * when the neighbours are near misses would have done there.
 *
 * <p>Usage (docs/safety-evaluation.md): {@code ./mvnw -q -Pbench test-compile exec:java
 * -Dexec.mainClass=org.healthlibrary.assistant.bench.SafetyNeighboursEvaluation
 * -Dexec.args="--first-try /path/round4-first-try.txt [--questions extra.jsonl] [--model bge-small-en-v15-q]"}.
 * Prints message texts of the test sets: run it on test sets only.
 */
public final class SafetyNeighboursEvaluation {

    static final List<String> ROUNDS = List.of("blind-round1", "blind-round2", "blind-round3", "blind-round4");
    private static final int MAX_K = 15;

    private SafetyNeighboursEvaluation() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path firstTry = null;
        Path questions = null;
        boolean prefilter = false;
        List<Path> checks = new ArrayList<>();
        EmbeddingModelChoice model = EmbeddingModelChoice.ALL_MINILM_L6_V2_Q;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--first-try" -> firstTry = Path.of(args[++i]);
                case "--questions" -> questions = Path.of(args[++i]);
                case "--prefilter" -> prefilter = true;
                case "--check" -> checks.add(Path.of(args[++i]));
                case "--model" -> model = EmbeddingModelChoice.valueOf(args[++i].toUpperCase(Locale.ROOT).replace('-', '_'));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (prefilter) {
            prefilter(questions, checks);
            return;
        }
        try (PassageEmbedder embedder = PassageEmbedder.of(SearchSettings.defaults().withEmbeddingModel(model))) {
            NeighbourEvalData data = new NeighbourEvalData(embedder, Path.of("target/safety-neighbour-cache"));
            List<Item> exemplars = data.exemplars();
            List<Item> ordinary = data.ordinaryQuestions(questions);
            System.out.printf("Model %s; %d exemplars; %d ordinary questions%n", embedder.id(), exemplars.size(),
                    ordinary.size());
            NeighbourGrid grid = new NeighbourGrid(exemplars, ordinary, MAX_K);
            NeighbourSettings all = grid.fit(ROUNDS, true);
            System.out.printf("%nOperating point fitted on rounds 1-4 (leave one round out): %s%n", all);
            grid.printFolds(ROUNDS, all);
            System.out.printf("Shipped: %s%n", NeighbourSettings.fitted(embedder.id()));
            grid.printFolds(ROUNDS, NeighbourSettings.fitted(embedder.id()));
            if (firstTry != null) {
                NeighbourSettings early = grid.fit(ROUNDS.subList(0, 3), false);
                System.out.printf("%nRound 4 first try (rules of 87226c9), operating point fitted on rounds 1-3 only: %s%n",
                        early);
                firstTry(exemplars, NeighbourEvalData.firstTryFailures(firstTry), early);
                System.out.printf("%nRound 4 first try with the shipped point %s:%n", NeighbourSettings.fitted(embedder.id()));
                firstTry(exemplars, NeighbourEvalData.firstTryFailures(firstTry), NeighbourSettings.fitted(embedder.id()));
            }
        }
    }

    /**
     * Fits the prefilter in front of the bge vote ({@link PrefilterFit}) on every blind round in
     * the exemplars, prints the share of ordinary questions and of the load-test mix that pass it,
     * and checks each blind round folder in {@code checks} (not in the fit) with the cascade.
     */
    private static void prefilter(Path questions, List<Path> checks) throws Exception {
        SearchSettings defaults = SearchSettings.defaults();
        try (PassageEmbedder miniLm = PassageEmbedder.of(defaults.withEmbeddingModel(EmbeddingModelChoice.ALL_MINILM_L6_V2_Q));
             PassageEmbedder bge = PassageEmbedder.of(defaults.withEmbeddingModel(EmbeddingModelChoice.BGE_SMALL_EN_V15_Q))) {
            Path cache = Path.of("target/safety-neighbour-cache");
            NeighbourEvalData miniData = new NeighbourEvalData(miniLm, cache);
            NeighbourEvalData bgeData = new NeighbourEvalData(bge, cache);
            List<Item> miniExemplars = miniData.exemplars();
            PrefilterFit fit = new PrefilterFit(miniExemplars, bgeData.exemplars(), NeighbourSettings.fitted(bge.id()));
            List<String> rounds = miniExemplars.stream().map(i -> i.exemplar().source())
                    .filter(s -> s.startsWith("blind-round")).distinct().sorted().toList();
            double t0 = fit.fit(rounds);
            System.out.printf("Shipped threshold: %s%n", NeighbourSettings.fittedPrefilter(miniLm.id(), bge.id()));
            fit.passRate("ordinary questions", miniData.ordinaryQuestions(questions), t0);
            List<SafetyExemplar> mix = LoadMix.messages(1200, 17).stream()
                    .map(m -> new SafetyExemplar(m, false, null, false, "load-mix", "load-mix")).toList();
            fit.passRate("LoadBench mix (1,200 messages, seed 17)", miniData.items(mix), t0);
            for (Path dir : checks) {
                String round = "blind-" + dir.getFileName();
                List<SafetyExemplar> messages = NeighbourEvalData.blindRound(dir, round);
                fit.check(round, miniData.items(messages), bgeData.items(messages), t0);
            }
        }
    }

    private static void firstTry(List<Item> exemplars, List<List<String>> failures, NeighbourSettings settings) {
        // the rules' first-try results are those of commit 87226c9, read from its printed report
        Predicate<Item> round4 = i -> i.exemplar().source().equals("blind-round4");
        NeighbourVote vote = NeighbourGrid.vote(exemplars.stream().filter(round4.negate()).toList(), settings);
        Set<String> missed = new HashSet<>(failures.get(0));
        Set<String> alarms = new HashSet<>(failures.get(1));
        List<Item> held = exemplars.stream().filter(round4).toList();
        int emergencies = 0, caught = 0, right = 0, missedFound = 0, lab = 0, nearMisses = 0, newAlarms = 0;
        int doses = 0, doseAlarms = 0, tpLost = 0, tpKept = 0, faFixed = 0, faKept = 0;
        List<String> lines = new ArrayList<>();
        for (Item i : held) {
            SafetyExemplar e = i.exemplar();
            NeighbourOpinion o = vote.judge(i.vector());
            boolean ruleFired = e.emergency() ? !missed.contains(e.text()) : alarms.contains(e.text());
            if (e.emergency()) {
                emergencies++;
            }
            if (ruleFired) {
                boolean demote = NeighbourGrid.nearMissSide(o, settings);
                if (e.emergency()) {
                    tpLost += demote ? 1 : 0;
                    tpKept += demote ? 0 : 1;
                } else {
                    faFixed += demote ? 1 : 0;
                    faKept += demote ? 0 : 1;
                }
                continue;
            }
            if (e.emergency()) {
                missedFound++;
                if (i.lab()) {
                    lab++;
                    lines.add("  lab path (no second opinion): " + e.text());
                } else if (o.emergency()) {
                    caught++;
                    right += o.category() == e.category() ? 1 : 0;
                    lines.add(String.format(Locale.ROOT, "  CAUGHT %s (%s; nearest emergency %.3f '%s'): %s", o.category(),
                            e.category(), o.emergencySimilarity(), o.nearestEmergency().text(), e.text()));
                } else {
                    lines.add(String.format(Locale.ROOT, "  still missed (nearest emergency %.3f, share %.2f): %s",
                            o.emergencySimilarity(), o.emergencyShare(), e.text()));
                }
            } else if (e.kind().equals("dose")) {
                doses++;
                doseAlarms += !i.lab() && o.emergency() ? 1 : 0;
            } else {
                nearMisses++;
                if (!i.lab() && o.emergency()) {
                    newAlarms++;
                    lines.add(String.format(Locale.ROOT, "  NEW FALSE ALARM %s (%.3f '%s'): %s", o.category(),
                            o.emergencySimilarity(), o.nearestEmergency().text(), e.text()));
                }
            }
        }
        int firstCaught = emergencies - missedFound;
        System.out.printf("  rules first try: sensitivity %d/%d, specificity %d/%d%n", firstCaught, emergencies,
                nearMisses, nearMisses + faKept + faFixed);
        System.out.printf("  second opinion alone on the %d first-try misses: caught %d (category right %d), %d on the lab"
                + " path%n", missedFound, caught, right, lab);
        System.out.printf("  its false alarms: %d of the %d near misses the rules let through, %d of %d dose questions%n",
                newAlarms, nearMisses, doseAlarms, doses);
        int nm = nearMisses + faKept + faFixed;
        System.out.printf("  rules + second opinion, first try: sensitivity %d/%d = %.1f%%, specificity %d/%d = %.1f%%%n",
                firstCaught + caught, emergencies, 100.0 * (firstCaught + caught) / emergencies,
                nm - faKept - faFixed - newAlarms, nm, 100.0 * (nm - faKept - faFixed - newAlarms) / nm);
        System.out.printf("  taking an emergency away when the neighbours are near misses: %d true emergencies lost,"
                + " %d kept; %d false alarms removed, %d kept%n", tpLost, tpKept, faFixed, faKept);
        lines.forEach(System.out::println);
    }
}
