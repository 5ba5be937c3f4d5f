package org.healthlibrary.assistant.search;

/**
 * The fields of a passage document and why each has its type. One Lucene document per
 * {@link org.healthlibrary.assistant.knowledge.Passage}.
 */
final class SearchFields {

    /** Passage id: KeywordField (exact lookups and idempotent updates), stored. */
    static final String ID = "id";
    /** Article id: KeywordField (filter and group by article), stored. */
    static final String ARTICLE_ID = "article_id";
    /** Article title: TextField (strong evidence of the topic), stored for citations. */
    static final String TITLE = "title";
    /** Article synonyms and lay terms: TextField, not stored (search only). */
    static final String SYNONYMS = "synonyms";
    /** H2 section heading: TextField (a query naming the section), stored. */
    static final String SECTION = "section";
    /** H3 heading, usually a patient question: TextField (questions match questions), stored. */
    static final String QUESTION = "question";
    /** Passage text: TextField with positions (phrases, highlighting), stored for answers. */
    static final String BODY = "body";
    /** Article URL with the section anchor: stored only. */
    static final String URL = "url";
    /**
     * The passage's embedding: KnnFloatVectorField (HNSW graph, dot product of unit vectors),
     * present only when an embedding model is configured.
     */
    static final String VECTOR = "vector";
    /**
     * Id, article id, title, section and question heading in one BinaryDocValuesField: the
     * reranker reads them for every candidate without decompressing stored text.
     */
    static final String LABELS = "labels";

    private SearchFields() {
    }
}
