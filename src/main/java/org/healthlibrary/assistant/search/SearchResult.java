package org.healthlibrary.assistant.search;

import java.util.List;

/**
 * The outcome of one search: the hits, best first, and how the query's words related to the
 * library, which the evidence gate uses to decide whether the library answers the question.
 *
 * @param hits     best first
 * @param terms    the query's words as the index sees them
 * @param coverage for each hit (same order), the share of the query's known words, weighted by
 *                 rarity, that the hit's passage contains (0..1)
 * @param intent   what the question asks about, used to steer towards a section
 */
public record SearchResult(List<SearchHit> hits, QueryTerms terms, List<Double> coverage, QuestionIntent intent) {

    public SearchResult {
        hits = List.copyOf(hits);
        coverage = List.copyOf(coverage);
    }

    /** A result with no hits. */
    public static SearchResult empty(QueryTerms terms, QuestionIntent intent) {
        return new SearchResult(List.of(), terms, List.of(), intent);
    }
}
