package org.healthlibrary.assistant.search;

import java.util.List;

/**
 * The outcome of one search: the hits, best first, and how the query's words related to the
 * library, which the evidence gate uses to decide whether the library answers the question.
 *
 * @param hits     best first
 * @param terms    the query's words as the index sees them
 * @param intent   what the question asks about, used to steer towards a section
 */
public record SearchResult(List<SearchHit> hits, QueryTerms terms, QuestionIntent intent) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** The same result with hit {@code i} moved to the front (the rest keep their order). */
    public SearchResult withFirst(int i) {
        if (i == 0) {
            return this;
        }
        List<SearchHit> reordered = new java.util.ArrayList<>(hits);
        reordered.addFirst(reordered.remove(i));
        return new SearchResult(reordered, terms, intent);
    }

    /** A result with no hits. */
    public static SearchResult empty(QueryTerms terms, QuestionIntent intent) {
        return new SearchResult(List.of(), terms, intent);
    }
}
