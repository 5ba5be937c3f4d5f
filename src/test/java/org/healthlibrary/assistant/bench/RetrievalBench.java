package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthlibrary.assistant.search.EmbeddingModelChoice;
import org.healthlibrary.assistant.search.FusionMethod;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * The retrieval benchmark: indexes a JSONL corpus with each system, runs a JSONL query set
 * against each, one system at a time, and writes one JSON object per system
 * ({@code system, queries, hit1, hit3, hit10, mrr10, ndcg10, recall10, p50Ms, p95Ms, p99Ms,
 * indexSeconds}, plus {@code subsets} when the queries name subsets), and prints them as a table.
 *
 * <p>Systems: {@code bm25} (Lucene defaults), {@code inmemory-embeddings} (LangChain4j's
 * in-memory store set up as easy-rag does) and {@code ours} (the service's retrieval). Each
 * query's latency is the wall time of one search call, query embedding included, after an
 * untimed warm-up pass over the first 300 queries. {@code indexSeconds} is the wall time of
 * indexing; embeddings come from the cache under {@code --cache} when the texts were embedded
 * before, so report a cold-cache run for indexing time.
 *
 * <p>Usage: {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.args="--corpus FILE --queries FILE --out FILE"}
 * with optional {@code --no-title}, {@code --systems bm25,inmemory-embeddings,ours},
 * {@code --model all-minilm-l6-v2-q|bge-small-en-v15-q}, {@code --limit N --seed S} (a sample
 * of the queries), {@code --sample-docs N} (whole pages of about N passages, and the queries
 * they answer), {@code --fusion weighted|rrf}, {@code --dense-weight W}, {@code --rrf-k K},
 * {@code --depth D}, {@code --max-tokens N}, {@code --threads N}, {@code --cache DIR}
 * (default {@code target/bench-cache}), {@code --misses FILE} (ours' rank per query, for analysis).
 */
public final class RetrievalBench {

    private static final int WARM_UP = 300;

    private RetrievalBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        Path corpus = Path.of(a.required("--corpus"));
        Path queriesFile = Path.of(a.required("--queries"));
        Path out = Path.of(a.required("--out"));
        boolean withTitle = !a.flag("--no-title");
        Path cache = Path.of(a.get("--cache", "target/bench-cache"));
        SearchSettings defaults = SearchSettings.defaults();
        EmbeddingModelChoice model = choice(a.get("--model", defaults.embeddingModel().id()));
        SearchSettings settings = new SearchSettings(model,
                Integer.parseInt(a.get("--max-tokens", String.valueOf(defaults.embeddingMaxTokens()))),
                Integer.parseInt(a.get("--threads", String.valueOf(defaults.embeddingThreads()))),
                FusionMethod.valueOf(a.get("--fusion", defaults.fusion().name()).toUpperCase(Locale.ROOT)),
                Double.parseDouble(a.get("--dense-weight", String.valueOf(defaults.denseWeight()))),
                Integer.parseInt(a.get("--rrf-k", String.valueOf(defaults.rrfK()))),
                Integer.parseInt(a.get("--depth", String.valueOf(defaults.depth()))));
        List<String> systems = List.of(a.get("--systems", "bm25,inmemory-embeddings,ours").split(","));

        long seed = Long.parseLong(a.get("--seed", "42"));
        List<BenchCorpus.Doc> docs = BenchCorpus.samplePages(BenchCorpus.docs(corpus),
                Integer.parseInt(a.get("--sample-docs", "0")), seed);
        List<BenchCorpus.Question> questions = BenchCorpus.sample(
                BenchCorpus.answerableIn(BenchCorpus.questions(queriesFile), docs),
                Integer.parseInt(a.get("--limit", "0")), seed);
        System.out.printf("Corpus %s: %d passages (%s); queries %s: %d; model %s; fusion %s (dense weight %.2f, rrf k %d,"
                        + " depth %d); embedded tokens %d; %d cores; load %s%n",
                corpus.getFileName(), docs.size(), withTitle ? "title + text" : "text only", queriesFile.getFileName(),
                questions.size(), model == EmbeddingModelChoice.NONE ? "none" : model.id(), settings.fusion().name().toLowerCase(Locale.ROOT), settings.denseWeight(),
                settings.rrfK(), settings.depth(), settings.embeddingMaxTokens(),
                Runtime.getRuntime().availableProcessors(), loadAverage());

        List<Map<String, Object>> results = new ArrayList<>();
        String variant = (withTitle ? "title" : "text") + (docs.size() < 16_000 ? "-" + docs.size() : "");
        for (String name : systems) {
            RetrievalSystem system = switch (name.strip()) {
                case "bm25" -> new Bm25System(cache.resolve("bm25-index-" + variant));
                case "inmemory-embeddings" -> new InMemoryEmbeddingsSystem(model == EmbeddingModelChoice.NONE
                        ? defaults.embeddingModel() : model, cache.resolve("embeddings"));
                case "ours" -> new OursSystem(cache.resolve("ours-index-" + variant), cache.resolve("embeddings"), settings);
                default -> throw new IllegalArgumentException("Unknown system '" + name + "' (bm25, inmemory-embeddings, ours)");
            };
            try (system) {
                results.add(run(system, docs, questions, withTitle, a.get("--misses", null)));
            }
        }
        print(results);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        System.out.printf("Wrote %s; load %s%n", out, loadAverage());
    }

    private static Map<String, Object> run(RetrievalSystem system, List<BenchCorpus.Doc> docs,
                                           List<BenchCorpus.Question> questions, boolean withTitle, String missesFile)
            throws Exception {
        System.out.printf("%s: indexing...%n", system.name());
        long start = System.nanoTime();
        system.index(docs, withTitle);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  indexed in %.1f s; JVM %s%n", indexSeconds, memory());
        for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) {
            system.search(questions.get(i).question());
        }
        BenchMetrics all = new BenchMetrics();
        Map<String, BenchMetrics> subsets = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (BenchCorpus.Question q : questions) {
            long t = System.nanoTime();
            List<String> ranked = system.search(q.question());
            double ms = (System.nanoTime() - t) / 1e6;
            all.add(ranked, q.relevant(), ms);
            if (q.subset() != null) {
                subsets.computeIfAbsent(q.subset(), s -> new BenchMetrics()).add(ranked, q.relevant(), ms);
            }
            if (missesFile != null) {
                int rank = 0;
                for (int i = 0; i < ranked.size() && rank == 0; i++) {
                    rank = q.relevant().contains(ranked.get(i)) ? i + 1 : 0;
                }
                misses.add(q.qid() + "\t" + rank + "\t" + q.question() + "\t" + String.join(" ", ranked.subList(0,
                        Math.min(3, ranked.size()))));
            }
        }
        System.out.printf("  %d queries, MRR@10 %.4f; JVM %s%n", all.queries(), all.mrr10(), memory());
        if (missesFile != null && system.name().equals("ours")) {
            Files.write(Path.of(missesFile), misses, StandardCharsets.UTF_8);
        }
        Map<String, Object> result = all.toMap(system.name(), indexSeconds);
        if (!subsets.isEmpty()) {
            Map<String, Object> bySubset = new LinkedHashMap<>();
            subsets.forEach((name, m) -> bySubset.put(name, m.toMap(system.name(), indexSeconds)));
            result.put("subsets", bySubset);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void print(List<Map<String, Object>> results) {
        PrintWriter w = new PrintWriter(System.out, true);
        String head = "%-22s %-10s %7s %6s %6s %6s %7s %7s %8s %7s %7s %7s %8s%n";
        w.printf(head, "system", "subset", "queries", "hit1", "hit3", "hit10", "mrr10", "ndcg10", "recall10", "p50Ms",
                "p95Ms", "p99Ms", "indexS");
        for (Map<String, Object> r : results) {
            row(w, r, "all");
            if (r.get("subsets") instanceof Map<?, ?> subsets) {
                ((Map<String, Map<String, Object>>) subsets).forEach((name, s) -> row(w, s, name));
            }
        }
    }

    private static void row(PrintWriter w, Map<String, Object> r, String subset) {
        w.printf(Locale.ROOT, "%-22s %-10s %7d %6.3f %6.3f %6.3f %7.4f %7.4f %8.4f %7.2f %7.2f %7.2f %8.1f%n",
                r.get("system"), subset, (Integer) r.get("queries"), r.get("hit1"), r.get("hit3"), r.get("hit10"),
                r.get("mrr10"), r.get("ndcg10"), r.get("recall10"), r.get("p50Ms"), r.get("p95Ms"), r.get("p99Ms"),
                r.get("indexSeconds"));
    }

    private static EmbeddingModelChoice choice(String id) {
        if (id.equals("none")) {
            return EmbeddingModelChoice.NONE;
        }
        for (EmbeddingModelChoice c : EmbeddingModelChoice.values()) {
            if (c.id() != null && c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown --model '" + id + "' (none, all-minilm-l6-v2-q, bge-small-en-v15-q)");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** The JVM's resident set size now and at its peak (Linux), and the heap in use. */
    static String memory() {
        Runtime rt = Runtime.getRuntime();
        String rss = "n/a";
        try {
            Map<String, String> status = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] kv = line.split(":\\s+", 2);
                if (kv.length == 2) {
                    status.put(kv[0], kv[1].strip());
                }
            }
            rss = "RSS " + status.get("VmRSS") + " (peak " + status.get("VmHWM") + ")";
        } catch (IOException | RuntimeException ignored) {
            // Not Linux: heap only.
        }
        return String.format("%s, heap used %d MB", rss, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /** Command-line options: {@code --name value} pairs and bare flags. */
    private static final class Args {
        private final String[] args;

        Args(String[] args) {
            this.args = args;
        }

        String get(String name, String fallback) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals(name)) {
                    return args[i + 1];
                }
            }
            return fallback;
        }

        String required(String name) {
            String v = get(name, null);
            if (v == null) {
                throw new IllegalArgumentException("Missing " + name + " (usage: --corpus FILE --queries FILE --out FILE"
                        + " [--no-title] [--systems bm25,inmemory-embeddings,ours] [--model ID] [--limit N])");
            }
            return v;
        }

        boolean flag(String name) {
            for (String a : args) {
                if (a.equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
