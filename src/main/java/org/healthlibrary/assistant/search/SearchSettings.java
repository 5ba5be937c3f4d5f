package org.healthlibrary.assistant.search;

/**
 * The retrieval settings as plain values ({@link SearchConfig} is the configured source), so
 * that tests and the benchmark can build an index without CDI. Immutable.
 *
 * @param embeddingModel    the embedding model, or {@link EmbeddingModelChoice#NONE}
 * @param embeddingMaxTokens passages are embedded from their first this many words
 * @param embeddingThreads  threads that embed passages during a build
 * @param fusion            how BM25 and dense rankings are combined
 * @param denseWeight       weight of the dense score in weighted fusion (0..1)
 * @param rrfK              the k of reciprocal rank fusion
 * @param depth             candidates taken from each retriever
 * @param meanings          words the library lacks are read by meaning as its nearest heading words
 *                          ({@link LibraryMeanings}; needs an embedding model)
 */
public record SearchSettings(EmbeddingModelChoice embeddingModel, int embeddingMaxTokens, int embeddingThreads,
                             FusionMethod fusion, double denseWeight, int rrfK, int depth, boolean meanings) {

    public SearchSettings {
        if (embeddingMaxTokens < 16 || embeddingMaxTokens > 510) {
            throw new IllegalArgumentException("assistant.search.embedding-max-tokens must be from 16 to 510, was "
                    + embeddingMaxTokens);
        }
        if (embeddingThreads < 1) {
            throw new IllegalArgumentException("assistant.search.embedding-threads must be at least 1, was "
                    + embeddingThreads);
        }
        if (denseWeight < 0 || denseWeight > 1) {
            throw new IllegalArgumentException("assistant.search.fusion.dense-weight must be from 0 to 1, was "
                    + denseWeight);
        }
        if (rrfK < 1 || depth < 1) {
            throw new IllegalArgumentException("assistant.search.fusion.rrf-k and depth must be at least 1");
        }
    }

    /** Settings without reading words by meaning (the default). */
    public SearchSettings(EmbeddingModelChoice embeddingModel, int embeddingMaxTokens, int embeddingThreads,
                          FusionMethod fusion, double denseWeight, int rrfK, int depth) {
        this(embeddingModel, embeddingMaxTokens, embeddingThreads, fusion, denseWeight, rrfK, depth, false);
    }

    /** The shipped defaults (the same as {@link SearchConfig}'s). */
    public static SearchSettings defaults() {
        return new SearchSettings(EmbeddingModelChoice.ALL_MINILM_L6_V2_Q, 128, 2, FusionMethod.WEIGHTED, 0.7, 60, 30);
    }

    /** Keyword retrieval only: no embedding model is loaded. */
    public static SearchSettings keywordOnly() {
        return defaults().withEmbeddingModel(EmbeddingModelChoice.NONE);
    }

    /** The configured settings. */
    public static SearchSettings of(SearchConfig config) {
        SearchConfig.Fusion f = config.fusion();
        return new SearchSettings(config.embeddingModel(), config.embeddingMaxTokens(), config.embeddingThreads(),
                f.method(), f.denseWeight(), f.rrfK(), f.depth(), config.meanings());
    }

    /** These settings with another embedding model. */
    public SearchSettings withEmbeddingModel(EmbeddingModelChoice model) {
        return new SearchSettings(model, embeddingMaxTokens, embeddingThreads, fusion, denseWeight, rrfK, depth, meanings);
    }

    /** These settings with words read by meaning on or off. */
    public SearchSettings withMeanings(boolean on) {
        return new SearchSettings(embeddingModel, embeddingMaxTokens, embeddingThreads, fusion, denseWeight, rrfK, depth, on);
    }

    /** These settings with another fusion. */
    public SearchSettings withFusion(FusionMethod method, double weight, int k, int candidates) {
        return new SearchSettings(embeddingModel, embeddingMaxTokens, embeddingThreads, method, weight, k, candidates,
                meanings);
    }

    /** True when passages get vectors and queries are embedded. */
    public boolean dense() {
        return embeddingModel != EmbeddingModelChoice.NONE;
    }
}
