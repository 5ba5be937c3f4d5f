package org.healthlibrary.assistant.search;

/**
 * The in-process embedding models dense retrieval can use (LangChain4j ONNX models shipped in
 * jars: nothing is downloaded at run time), or none (keyword retrieval only). Configured with
 * {@code assistant.search.embedding-model}.
 */
public enum EmbeddingModelChoice {

    /** No dense retrieval: BM25 and the reranker only. */
    NONE(null, null, null, null),
    /** sentence-transformers all-MiniLM-L6-v2, int8-quantised; 384 dimensions, mean pooling. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", Pooling.MEAN, ""),
    /**
     * BAAI bge-small-en-v1.5, int8-quantised; 384 dimensions, CLS pooling. Queries take the
     * instruction prefix the model card recommends for retrieval.
     */
    BGE_SMALL_EN_V15_Q("bge-small-en-v15-q", "bge-small-en-v1.5-q", Pooling.CLS,
            "Represent this sentence for searching relevant passages: ");

    /** How a model turns token vectors into one text vector. */
    enum Pooling { MEAN, CLS }

    private final String id;
    private final String resource;
    private final Pooling pooling;
    private final String queryPrefix;

    EmbeddingModelChoice(String id, String resource, Pooling pooling, String queryPrefix) {
        this.id = id;
        this.resource = resource;
        this.pooling = pooling;
        this.queryPrefix = queryPrefix;
    }

    /** The configuration name, e.g. {@code all-minilm-l6-v2-q}; null for NONE. */
    public String id() {
        return id;
    }

    /** The jar resource name of the ONNX file and tokenizer, without extension. */
    String resource() {
        return resource;
    }

    Pooling pooling() {
        return pooling;
    }

    /**
     * The model with configuration name {@code id} ({@code none}, {@code all-minilm-l6-v2-q},
     * {@code bge-small-en-v15-q}); an unknown name fails with the names that exist.
     */
    public static EmbeddingModelChoice byId(String id) {
        if ("none".equals(id)) {
            return NONE;
        }
        for (EmbeddingModelChoice c : values()) {
            if (c.id != null && c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown embedding model '" + id
                + "': use none, all-minilm-l6-v2-q or bge-small-en-v15-q");
    }

    /** Text put before a query (not before passages) when embedding it. */
    String queryPrefix() {
        return queryPrefix;
    }
}
