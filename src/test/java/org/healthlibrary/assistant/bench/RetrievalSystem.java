package org.healthlibrary.assistant.bench;

import java.util.List;

/** One retrieval system under benchmark: indexes a corpus once, then answers queries with passage ids. */
interface RetrievalSystem extends AutoCloseable {

    /** The name in the results ({@code bm25}, {@code inmemory-embeddings}, {@code ours}). */
    String name();

    /** Indexes the corpus (timed by the caller). */
    void index(List<BenchCorpus.Doc> docs, boolean withTitle) throws Exception;

    /** The ids of the best passages for {@code question}, best first, at most 10, no repeats. */
    List<String> search(String question) throws Exception;
}
