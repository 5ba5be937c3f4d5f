package org.healthlibrary.assistant.search;

import org.healthlibrary.assistant.knowledge.Passage;

/**
 * One retrieved passage with its score, a highlighted snippet, and how well it covers the
 * question (the evidence gate's input; BM25 scores are not comparable across questions).
 *
 * @param passage  the passage
 * @param score    the retrieval score (only comparable within one query)
 * @param snippet  a short extract with query terms wrapped in {@code <b>...</b>}
 *                 ({@code PassageSearch.searchWithSnippets}); empty from {@code PassageSearch.search}
 * @param coverage share (0..1) of the question's known words, weighted by rarity, found in the passage
 * @param anchored true when a question word names the passage's topic: it occurs in the article's
 *                 title or synonyms or in the passage's question heading
 * @param bm25     the passage's exact BM25 score for the query (0 when no query word matched it)
 * @param cosine   the cosine between the query's and the passage's vectors; NaN without embeddings.
 *                 With {@code bm25}, the raw evidence a calibrated gate reads (the fused score is
 *                 relative to the best candidate, so it says nothing about absolute fit)
 */
public record SearchHit(Passage passage, float score, String snippet, double coverage, boolean anchored,
                        float bm25, float cosine) {

    /** A hit whose first-stage scores are not known (tests, fixed hits). */
    public SearchHit(Passage passage, float score, String snippet, double coverage, boolean anchored) {
        this(passage, score, snippet, coverage, anchored, 0f, Float.NaN);
    }
}
