package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.LibraryScopes;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.RerankWeights;
import org.healthlibrary.assistant.search.SearchResult;
import org.healthlibrary.assistant.search.EmbeddingModelChoice;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * The full answer pipeline (safety screen, lab reader, retrieval, evidence gate, composition)
 * over a library and a labelled question set; prints, per set and split (tune, heldout): answered
 * with an acceptable first citation, answered from another passage, refused although answerable,
 * correct refusals, wrong answers to questions the library does not answer, and the pipeline's
 * latency. See docs/benchmarks.md for the commands.
 *
 * <ul>
 *   <li>{@code --library shipped} (default): the articles in {@code --knowledge} (default
 *       {@code knowledge}) with the patient-worded set and its conversations;</li>
 *   <li>{@code --library medquad}: the MedQuAD corpus in {@code --medquad DIR} as the library,
 *       a tenth of its topics held out of the index ({@link MedquadLibrary}), asked its
 *       {@code --queries hard,dedup} (dedup sampled to {@code --dedup-sample} answerable
 *       questions, default 1500; {@code --perturb typo} for patients' slips);
 *       {@code --max-passages N} makes the library the hard set's topics' pages plus seeded
 *       random other pages, about N passages in all (embedding all 16,423 takes long on a busy machine).</li>
 * </ul>
 * {@code --rerank hand-set|fitted} ranks with the reranker's hand-set or fitted weights
 * (default: the shipped ones, {@link RerankWeights#SHIPPED}).
 * {@code --meanings true} reads words the library lacks by meaning ({@code assistant.search.meanings}).
 * {@code --features FILE} writes one row of gate features and labels per question
 * ({@link GateFeatures}); tune-split misses go to {@code --misses FILE}. Held-out misses are
 * never written: nobody tunes on them.
 */
public final class AnswerBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, AnswerTally> tallies = new LinkedHashMap<>();
    private final List<ObjectNode> features = new ArrayList<>();
    private final List<ObjectNode> misses = new ArrayList<>();
    private ScopeClassifier scope;

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        new AnswerBench().run(a);
        System.exit(0);
    }

    private void run(Args a) throws Exception {
        Path cache = Path.of(a.get("--cache", "target/bench-cache"));
        SearchSettings settings = SearchSettings.defaults().withMeanings(Boolean.parseBoolean(a.get("--meanings", "false")));
        if (a.get("--model", null) != null) {
            settings = settings.withEmbeddingModel(EmbeddingModelChoice.byId(a.get("--model", null)));
        }
        String which = a.get("--library", "shipped");
        Library library;
        MedquadLibrary medquad = null;
        if (which.equals("shipped")) {
            library = new LibraryLoader().load(Path.of(a.get("--knowledge", "knowledge")));
        } else if (which.equals("medquad")) {
            Path dir = Path.of(a.get("--medquad", "../shared/data/medquad"));
            int max = Integer.parseInt(a.get("--max-passages", "0"));
            medquad = new MedquadLibrary(dir.resolve("medquad-docs.jsonl"), dir.resolve("medquad-queries-hard.jsonl"), max);
            Path folder = medquad.writeLibrary(cache.resolve("answer-bench-medquad-library"));
            System.out.printf("MedQuAD library: %d passages kept, %d of held-out topics left out (%s)%n",
                    medquad.keptLines(), medquad.removedLines(), folder);
            library = new LibraryLoader().load(folder.getParent());
        } else {
            throw new IllegalArgumentException("--library shipped|medquad");
        }
        Library loaded = library;
        LibraryIndex index = new LibraryIndex(() -> loaded, cache.resolve("embeddings"),
                cache.resolve("answer-bench-" + which + "-index"), settings);
        long t0 = System.nanoTime();
        LibraryIndex.RebuildReport report = index.rebuild();
        System.out.printf("Indexed %d articles, %d passages in %.1f s%n", report.articles(), report.passages(),
                (System.nanoTime() - t0) / 1e9);
        RerankWeights weights = switch (a.get("--rerank", "shipped")) {
            case "hand-set" -> RerankWeights.HAND_SET;
            case "fitted" -> RerankWeights.FITTED;
            case "shipped" -> RerankWeights.SHIPPED;
            default -> throw new IllegalArgumentException("--rerank hand-set|fitted|shipped");
        };
        PassageSearch search = new PassageSearch(index, weights);
        AnswerService answers = BenchPipeline.over(index, search);
        scope = new LibraryScopes(index).current().classifier();
        warmUp(answers);
        if (medquad == null) {
            shipped(answers, search);
        } else {
            Path dir = Path.of(a.get("--medquad", "../shared/data/medquad"));
            for (String set : a.get("--queries", "hard,dedup").split(",")) {
                List<MedquadLibrary.Question> qs = medquad.questions(dir.resolve("medquad-queries-" + set + ".jsonl"));
                qs = MedquadRun.sample(qs, set.equals("dedup") ? Integer.parseInt(a.get("--dedup-sample", "1500")) : 0);
                new MedquadRun(medquad, answers, search, a.get("--perturb", null), this).run("medquad-" + set, qs);
            }
        }
        System.out.println();
        System.out.println(AnswerTally.header());
        tallies.values().forEach(t -> System.out.println(t.row()));
        write(a.get("--features", null), features);
        write(a.get("--misses", null), misses);
        index.close();
    }

    private static void warmUp(AnswerService answers) {
        for (int i = 0; i < 50; i++) {
            answers.answer("what is anemia and how is it treated", Conversation.start());
        }
    }

    private void shipped(AnswerService answers, PassageSearch search) throws IOException {
        for (PatientWordedSet.Item q : PatientWordedSet.questions()) {
            long t = System.nanoTime();
            AnswerResult r = answers.answer(q.text(), Conversation.start());
            long elapsed = System.nanoTime() - t;
            count("shipped-questions", q, r, elapsed);
            String asked = answers.retrievalQuery(q.text(), Conversation.start());
            feature("shipped-questions", q, asked, search.search(asked, 8), r);
        }
        for (String[] c : shippedTestQuestions()) {
            long t = System.nanoTime();
            AnswerResult r = answers.answer(c[0], Conversation.start());
            long elapsed = System.nanoTime() - t;
            List<String> expected = List.of(c[1].split("\\|"));
            String first = r.draft().passages().isEmpty() ? null : r.draft().passages().getFirst().passage().id();
            boolean ok = first != null && expected.contains(first);
            boolean article = first != null && expected.stream().anyMatch(e -> e.startsWith(first.split("#")[0] + "#"));
            tally("shipped-test-set", "tune").add(Outcome.ANSWERED, r.outcome(), ok, article, elapsed);
            String asked = answers.retrievalQuery(c[0], Conversation.start());
            SearchResult result = search.search(asked, 8);
            boolean topOk = !result.hits().isEmpty() && expected.contains(result.hits().getFirst().passage().id());
            addFeature("shipped-test-set", "tune", c[0], asked, result, true, topOk, r);
        }
        for (PatientWordedSet.Dialogue d : PatientWordedSet.conversations()) {
            Conversation state = Conversation.start();
            for (PatientWordedSet.Item turn : d.turns()) {
                long t = System.nanoTime();
                AnswerResult r = answers.answer(turn.text(), state);
                long elapsed = System.nanoTime() - t;
                state = r.conversation();
                count("shipped-conversations", turn, r, elapsed);
            }
        }
    }

    /** The shipped library's own question set (questions/shipped-library.tsv): question and expected passage ids. */
    private static List<String[]> shippedTestQuestions() throws IOException {
        try (var in = AnswerBench.class.getClassLoader().getResourceAsStream("questions/shipped-library.tsv")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        }
    }

    private void count(String set, PatientWordedSet.Item q, AnswerResult r, long elapsed) {
        Citation first = r.citations().isEmpty() ? null : r.citations().getFirst();
        boolean ok = first != null && q.label().accepts(first);
        boolean article = first != null && q.label().acceptsArticle(first);
        tally(set, q.split()).add(q.label().outcome(), r.outcome(), ok, article, elapsed);
        boolean right = switch (q.label().outcome()) {
            case ANSWERED -> (r.outcome() == Outcome.ANSWERED || r.outcome() == Outcome.LAB_RESULT) && ok;
            case NOT_IN_LIBRARY, OUT_OF_SCOPE -> r.outcome() == Outcome.NOT_IN_LIBRARY || r.outcome() == Outcome.OUT_OF_SCOPE;
            default -> true;
        };
        if (!right) {
            miss(set, q.split(), q.id(), q.text(), q.label().outcome(), q.label().accept().isEmpty() ? "-"
                    : q.label().accept().getFirst().toString(), r);
        }
    }

    private void feature(String set, PatientWordedSet.Item q, String asked, SearchResult result, AnswerResult r) {
        boolean answerable = q.label().outcome() == Outcome.ANSWERED;
        boolean topOk = answerable && !result.hits().isEmpty()
                && q.label().accepts(Citation.of(result.hits().getFirst().passage(), ""));
        addFeature(set, q.split(), q.id(), asked, result, answerable, topOk, r);
    }

    void addFeature(String set, String split, String id, String text, SearchResult result, boolean answerable,
                    boolean topOk, AnswerResult r) {
        ObjectNode f = GateFeatures.of(text, result, scope);
        f.put("set", set);
        f.put("split", split);
        f.put("id", id);
        f.put("answerable", answerable ? 1 : 0);
        f.put("topCorrect", topOk ? 1 : 0);
        f.put("outcome", r.outcome().name());
        f.put("rule", r.trace().rule());
        features.add(f);
    }

    void miss(String set, String split, String id, String text, Outcome expected, String expectedSource, AnswerResult r) {
        if (!split.equals("tune")) {
            return;
        }
        ObjectNode m = JSON.createObjectNode();
        m.put("set", set);
        m.put("id", id);
        m.put("text", text);
        m.put("expected", expected.name() + " " + expectedSource);
        m.put("got", r.outcome().name() + " " + r.trace().rule());
        m.put("cited", r.citations().isEmpty() ? "-" : r.citations().getFirst().articleId() + " > "
                + r.citations().getFirst().section());
        misses.add(m);
    }

    AnswerTally tally(String set, String split) {
        return tallies.computeIfAbsent(set + "/" + split, k -> new AnswerTally(set, split));
    }

    private static void write(String file, List<ObjectNode> rows) throws IOException {
        if (file == null) {
            return;
        }
        Path p = Path.of(file);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            for (ObjectNode row : rows) {
                w.write(JSON.writeValueAsString(row));
                w.write('\n');
            }
        }
        System.out.printf("Wrote %d rows to %s%n", rows.size(), p);
    }

    /** {@code --name value} arguments. */
    record Args(String[] args) {

        String get(String name, String fallback) {
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].equals(name)) {
                    return args[i + 1];
                }
            }
            return fallback;
        }
    }
}
