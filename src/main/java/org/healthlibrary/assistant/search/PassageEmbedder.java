package org.healthlibrary.assistant.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Passage;
import org.jboss.logging.Logger;

/**
 * Turns passages and questions into unit-length vectors with an in-process LangChain4j ONNX
 * model. Two departures from LangChain4j's stock model classes, both measured
 * (docs/benchmarks.md):
 * <ul>
 *   <li>texts are truncated at {@code maxTokens} tokens by the tokenizer (all-MiniLM's own
 *       configuration says 128, bge's says nothing, so LangChain4j embeds up to 510 tokens and
 *       averages longer texts' 510-token parts);</li>
 *   <li>the ONNX session runs each text on one thread (intra-op threads = 1, no spinning): on
 *       a small shared machine that keeps a query's embedding at a few milliseconds, and a build
 *       gets its parallelism from {@code threads} texts embedded at once instead.</li>
 * </ul>
 *
 * <p>What is embedded for a passage: its article title, its heading (unless it is the generic
 * "Overview") and its text, up to {@code maxTokens} tokens. The model (about 25-35 MB) is
 * loaded once per JVM on first use. Thread-safe.
 */
public final class PassageEmbedder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PassageEmbedder.class);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OnnxBertBiEncoder> ENCODERS = new HashMap<>();
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Embeds questions; shared by all embedders (one per JVM in the service), daemon threads. */
    private static final ExecutorService QUERY_THREADS = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "query-embedder-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    /**
     * Question vectors remembered (least recently used forgotten first): patients ask the same
     * questions again and again, and a vector costs about 4 ms of a core where a lookup costs
     * microseconds. 10,000 vectors of 384 floats take about 16 MB.
     */
    static final int QUERY_CACHE_SIZE = 10_000;

    private final EmbeddingModelChoice choice;
    private final int maxTokens;
    private final Cache<String, float[]> queryVectors;
    private final ExecutorService executor;
    private final EmbeddingModel model;

    private PassageEmbedder(EmbeddingModelChoice choice, int maxTokens, int threads, int queryCacheSize) {
        this.choice = choice;
        this.maxTokens = maxTokens;
        this.queryVectors = Caffeine.newBuilder().maximumSize(queryCacheSize).build();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "passage-embedder-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.model = new SingleThreadedOnnxModel(encoder(choice, maxTokens), executor);
    }

    /** The embedder the settings ask for, or null when dense retrieval is off. */
    public static PassageEmbedder of(SearchSettings settings) {
        return settings.dense()
                ? new PassageEmbedder(settings.embeddingModel(), settings.embeddingMaxTokens(), settings.embeddingThreads(),
                        QUERY_CACHE_SIZE)
                : null;
    }

    /**
     * An embedder of short messages only (one thread for {@link #embedAll}) with {@code model},
     * texts cut at {@code maxTokens} tokens, remembering the vectors of the last
     * {@code queryCacheSize} messages: for a second model next to retrieval's, such as the
     * safety screen's. The ONNX model itself is shared with any other embedder of the same id.
     */
    public static PassageEmbedder forQueries(EmbeddingModelChoice model, int maxTokens, int queryCacheSize) {
        if (model == EmbeddingModelChoice.NONE) {
            throw new IllegalArgumentException("no embedding model to embed with");
        }
        if (queryCacheSize < 1) {
            throw new IllegalArgumentException("queryCacheSize must be at least 1, was " + queryCacheSize);
        }
        return new PassageEmbedder(model, maxTokens, 1, queryCacheSize);
    }

    /**
     * Identifies what the vectors mean: the model and how texts are tokenised. Stored with the
     * index, so an index built another way is rebuilt.
     */
    public String id() {
        return choice.id() + "-t" + maxTokens;
    }

    /** The model behind this embedder. */
    public EmbeddingModelChoice choice() {
        return choice;
    }

    /** The LangChain4j model (for code that wants the plain {@link EmbeddingModel} API). */
    public EmbeddingModel model() {
        return model;
    }

    /** Vector length. */
    public int dimension() {
        return 384;
    }

    /** The text embedded for a passage. */
    public String passageText(Passage p) {
        StringBuilder text = new StringBuilder();
        if (!p.articleTitle().isBlank()) {
            text.append(p.articleTitle()).append('\n');
        }
        String heading = p.heading();
        if (heading != null && !heading.isBlank() && !heading.equals(org.healthlibrary.assistant.knowledge.SectionChunker.OVERVIEW)) {
            text.append(heading).append('\n');
        }
        text.append(p.text());
        // A word is at least one token: cutting at maxTokens words spares tokenising long texts.
        return firstWords(text.toString(), maxTokens);
    }

    /**
     * A question's vector; models that expect an instruction before queries get it. Vectors of
     * recent questions come from a cache ({@link #QUERY_CACHE_SIZE}); callers must not modify
     * the array.
     */
    public float[] embedQuery(String question) {
        String text = choice.queryPrefix() + question;
        float[] vector = queryVectors.getIfPresent(text);
        if (vector == null) {
            vector = model.embed(text).content().vector();
            queryVectors.put(text, vector);
        }
        return vector;
    }

    /**
     * {@link #embedQuery} on a query thread, so that the caller can run keyword search
     * meanwhile: on two cores that hides most of the embedding's few milliseconds.
     */
    public CompletableFuture<float[]> embedQueryAsync(String question) {
        float[] cached = queryVectors.getIfPresent(choice.queryPrefix() + question);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return CompletableFuture.supplyAsync(() -> embedQuery(question), QUERY_THREADS);
    }

    /** The vectors of {@code texts}, in order, embedded {@code threads} at a time. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t));
        }
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }

    /** The first {@code max} whitespace-separated words of {@code text}, or all of it. */
    static String firstWords(String text, int max) {
        String[] words = SPACE.split(text.strip(), max + 1);
        if (words.length <= max) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, max));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static OnnxBertBiEncoder encoder(EmbeddingModelChoice choice, int maxTokens) {
        synchronized (ENCODERS) {
            return ENCODERS.computeIfAbsent(choice.id() + "-t" + maxTokens, k -> load(choice, maxTokens));
        }
    }

    private static OnnxBertBiEncoder load(EmbeddingModelChoice choice, int maxTokens) {
        long start = System.nanoTime();
        ClassLoader loader = PassageEmbedder.class.getClassLoader();
        try (InputStream onnx = resource(loader, choice.resource() + ".onnx");
             InputStream tokenizer = resource(loader, choice.resource() + "-tokenizer.json")) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session,
                    new ByteArrayInputStream(truncating(tokenizer.readAllBytes(), maxTokens)),
                    choice.pooling() == EmbeddingModelChoice.Pooling.CLS ? PoolingMode.CLS : PoolingMode.MEAN);
            LOG.infof("Loaded embedding model %s in %d ms", choice.id(), (System.nanoTime() - start) / 1_000_000);
            return encoder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read embedding model " + choice.id(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot start embedding model " + choice.id() + ": " + e.getMessage(), e);
        }
    }

    /** The tokenizer configuration, truncating at {@code maxTokens} (special tokens included). */
    static byte[] truncating(byte[] tokenizerJson, int maxTokens) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(tokenizerJson);
        ObjectNode truncation = config.putObject("truncation");
        truncation.put("direction", "Right");
        truncation.put("max_length", maxTokens);
        truncation.put("strategy", "LongestFirst");
        truncation.put("stride", 0);
        return JSON.writeValueAsBytes(config);
    }

    private static InputStream resource(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing classpath resource " + name + " (is the model's jar on the classpath?)");
        }
        return in;
    }

    /** LangChain4j's in-process model around our tuned ONNX session; embedAll uses our executor. */
    private static final class SingleThreadedOnnxModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        SingleThreadedOnnxModel(OnnxBertBiEncoder encoder, ExecutorService executor) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
