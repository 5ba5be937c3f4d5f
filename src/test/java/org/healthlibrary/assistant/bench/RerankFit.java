package org.healthlibrary.assistant.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.RankedCandidate;
import org.healthlibrary.assistant.search.RerankFeatures;
import org.healthlibrary.assistant.search.RerankWeights;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * Fits the reranker's weights ({@link RerankWeights}) on labelled questions: for every answerable
 * question of the patient-worded set's tune split and of the shipped library's own question set,
 * the candidates the reranker sees for the query the answer pipeline asks
 * ({@link AnswerService#retrievalQuery}), each with its signals ({@link PassageSearch#rankedCandidates}),
 * labelled acceptable when the question's label accepts it as a first citation. A
 * {@link PairwiseFit} (L2 chosen by 5-fold cross-validation on the tune questions) puts acceptable
 * candidates above the others. Prints the fitted weights (scaled so the first-stage score weighs 1)
 * and the reranker's top-1 accuracy (the best candidate is acceptable), hand-set against fitted,
 * on the tune split, the held-out split (a count only: no held-out question is printed or fitted
 * on) and the shipped test set.
 *
 * <pre>RerankFit [--knowledge knowledge] [--cache target/bench-cache] [--rounds 4000] [--step 1.0]</pre>
 */
public final class RerankFit {

    private static final double[] L2_GRID = {0.0001, 0.001, 0.01, 0.1};
    private static final int FOLDS = 5;

    record Question(String split, PairwiseFit.Group group, boolean anyAcceptable) {
    }

    public static void main(String[] args) throws Exception {
        AnswerBench.Args a = new AnswerBench.Args(args);
        Path cache = Path.of(a.get("--cache", "target/bench-cache"));
        Library library = new LibraryLoader().load(Path.of(a.get("--knowledge", "knowledge")));
        LibraryIndex index = new LibraryIndex(() -> library, cache.resolve("embeddings"),
                cache.resolve("rerank-fit-shipped-index"), SearchSettings.defaults());
        index.rebuild();
        PassageSearch search = new PassageSearch(index);
        AnswerService answers = BenchPipeline.over(index, search);
        List<Question> questions = new ArrayList<>();
        for (PatientWordedSet.Item q : PatientWordedSet.questions()) {
            if (q.label().outcome() == Outcome.ANSWERED && !q.label().accept().isEmpty()) {
                questions.add(question(q.split(), answers, search, q.text(), p -> q.label().accepts(Citation.of(p, ""))));
            }
        }
        for (String[] c : shippedTestQuestions()) {
            List<String> expected = List.of(c[1].split("\\|"));
            questions.add(question("test-set", answers, search, c[0], p -> expected.contains(p.id())));
        }
        int rounds = Integer.parseInt(a.get("--rounds", "4000"));
        double step = Double.parseDouble(a.get("--step", "1.0"));
        List<PairwiseFit.Group> tune = groups(questions, s -> !s.equals("heldout"));
        double l2 = chooseL2(tune, rounds, step);
        double[] w = scaled(PairwiseFit.fit(tune, RerankFeatures.NAMES.size(), l2, rounds, step));
        double[] noCosine = scaled(fitWithout(tune, 5, l2, rounds, step));
        System.out.printf(Locale.ROOT, "%nTune groups %d (informative %d), L2 %.4f by %d-fold cross-validation%n",
                tune.size(), tune.stream().filter(PairwiseFit.Group::informative).count(), l2, FOLDS);
        System.out.println("weights   " + String.join(" ", RerankFeatures.NAMES.stream()
                .map(n -> String.format(Locale.ROOT, "%9s", n)).toList()));
        print("hand-set", RerankWeights.HAND_SET.values());
        print("fitted", w);
        print("no cosine", noCosine);
        print("shipped", RerankWeights.SHIPPED.values());
        System.out.println();
        System.out.println("| split | questions | an acceptable candidate | hand-set top-1 | fitted top-1 | fitted without cosine top-1 | shipped top-1 |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String split : List.of("tune", "heldout", "test-set")) {
            List<Question> in = questions.stream().filter(q -> q.split().equals(split)).toList();
            List<PairwiseFit.Group> g = in.stream().map(Question::group).toList();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |%n", split, in.size(),
                    in.stream().filter(Question::anyAcceptable).count(), share(g, RerankWeights.HAND_SET.values()),
                    share(g, w), share(g, noCosine), share(g, RerankWeights.SHIPPED.values()));
        }
        index.close();
        System.exit(0);
    }

    private static Question question(String split, AnswerService answers, PassageSearch search, String text,
                                     Predicate<Passage> acceptable) {
        String asked = answers.retrievalQuery(text, Conversation.start());
        List<RankedCandidate> candidates = new ArrayList<>(search.rankedCandidates(asked));
        // ties keep first-stage order, as in the reranker
        candidates.sort(Comparator.comparingDouble((RankedCandidate c) -> -c.features().retrieval()));
        double[][] x = new double[candidates.size()][];
        boolean[] ok = new boolean[candidates.size()];
        boolean any = false;
        for (int i = 0; i < x.length; i++) {
            x[i] = candidates.get(i).features().values();
            ok[i] = acceptable.test(candidates.get(i).passage());
            any |= ok[i];
        }
        return new Question(split, new PairwiseFit.Group(x, ok), any);
    }

    private static List<PairwiseFit.Group> groups(List<Question> questions, Predicate<String> split) {
        return questions.stream().filter(q -> split.test(q.split())).map(Question::group).toList();
    }

    /** The L2 with the best mean cross-validated top-1 accuracy (the larger on a tie). */
    private static double chooseL2(List<PairwiseFit.Group> tune, int rounds, double step) {
        double best = L2_GRID[L2_GRID.length - 1];
        double bestAccuracy = -1;
        for (int i = L2_GRID.length - 1; i >= 0; i--) {
            int right = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
                List<PairwiseFit.Group> train = new ArrayList<>();
                List<PairwiseFit.Group> test = new ArrayList<>();
                for (int k = 0; k < tune.size(); k++) {
                    (k % FOLDS == fold ? test : train).add(tune.get(k));
                }
                double[] w = PairwiseFit.fit(train, RerankFeatures.NAMES.size(), L2_GRID[i], rounds, step);
                right += (int) test.stream().filter(g -> g.topAcceptable(w)).count();
            }
            double accuracy = (double) right / tune.size();
            System.out.printf(Locale.ROOT, "L2 %.4f: cross-validated top-1 %.1f%%%n", L2_GRID[i], 100 * accuracy);
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                best = L2_GRID[i];
            }
        }
        return best;
    }

    private static double[] fitWithout(List<PairwiseFit.Group> groups, int feature, double l2, int rounds, double step) {
        List<PairwiseFit.Group> masked = groups.stream().map(g -> {
            double[][] x = new double[g.x().length][];
            for (int i = 0; i < x.length; i++) {
                x[i] = g.x()[i].clone();
                x[i][feature] = 0;
            }
            return new PairwiseFit.Group(x, g.acceptable());
        }).toList();
        return PairwiseFit.fit(masked, RerankFeatures.NAMES.size(), l2, rounds, step);
    }

    /** The weights over the first-stage score's weight (the fit's scale is arbitrary for ranking). */
    private static double[] scaled(double[] w) {
        double[] out = w.clone();
        if (w[0] > 0) {
            for (int k = 0; k < out.length; k++) {
                out[k] = w[k] / w[0];
            }
        }
        return out;
    }

    private static void print(String name, double[] w) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-9s", name));
        for (double v : w) {
            b.append(String.format(Locale.ROOT, " %9.3f", v));
        }
        System.out.println(b);
    }

    private static String share(List<PairwiseFit.Group> groups, double[] w) {
        long right = groups.stream().filter(g -> g.topAcceptable(w)).count();
        return String.format(Locale.ROOT, "%d (%.1f%%)", right, 100.0 * right / Math.max(1, groups.size()));
    }

    private static List<String[]> shippedTestQuestions() throws Exception {
        try (var in = RerankFit.class.getClassLoader().getResourceAsStream("questions/shipped-library.tsv")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        }
    }
}
