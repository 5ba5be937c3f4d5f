package org.healthlibrary.assistant.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How passages are retrieved: which embedding model dense retrieval uses, and how its ranking
 * is fused with BM25's. Measurements behind the defaults: {@code docs/benchmarks.md},
 * section "Retrieval (issue 6)".
 */
@ConfigMapping(prefix = "assistant.search")
public interface SearchConfig {

    /**
     * The in-process embedding model: {@code none} (keyword retrieval only),
     * {@code all-minilm-l6-v2-q} or {@code bge-small-en-v15-q}. Changing it rebuilds the index
     * at the next start; embeddings are cached per model next to the index, so switching back
     * costs nothing.
     */
    @WithDefault("all-minilm-l6-v2-q")
    EmbeddingModelChoice embeddingModel();

    /**
     * Texts are embedded from their first this many tokens (a passage's title and heading
     * included). Longer texts cost more to embed and small models were trained on short inputs.
     */
    @WithDefault("128")
    int embeddingMaxTokens();

    /** Threads that embed passages while the index is built (queries are embedded on the caller's thread). */
    @WithDefault("2")
    int embeddingThreads();

    /**
     * Read a question's words that no passage contains as the library's own heading words nearest
     * in meaning ("gym" as "exercise"), by the embedding model; the heading words are embedded
     * when the index opens. Off by default: on the shipped golden bodies it answered as many
     * questions worse as better (docs/benchmarks.md, "Patient words by meaning").
     */
    @WithDefault("false")
    boolean meanings();

    /** How BM25 and dense rankings are combined. */
    Fusion fusion();

    /** Fusion parameters. */
    interface Fusion {

        /**
         * {@code weighted}: each retriever's scores are normalised to 0..1 within the query and
         * added with {@link #denseWeight()}; {@code rrf}: reciprocal rank fusion with {@link #rrfK()}.
         */
        @WithDefault("weighted")
        FusionMethod method();

        /** Weight (0..1) of the dense score in weighted fusion; BM25 gets the rest. */
        @WithDefault("0.7")
        double denseWeight();

        /** The k of reciprocal rank fusion: 1 / (k + rank). */
        @WithDefault("60")
        int rrfK();

        /** Candidates taken from each retriever before fusion and reranking. */
        @WithDefault("30")
        int depth();
    }
}
