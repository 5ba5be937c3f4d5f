package org.healthlibrary.assistant.search;

import org.healthlibrary.assistant.knowledge.Passage;

/**
 * One first-stage candidate of a question with the reranker's signals and its reranked score:
 * what {@link PassageSearch#rankedCandidates} gives a benchmark that fits or checks the
 * reranker's weights. Immutable.
 *
 * @param passage  the passage's id and headings (its text is not loaded)
 * @param features the reranker's signals for it
 * @param score    its reranked score with the weights in use
 */
public record RankedCandidate(Passage passage, RerankFeatures features, double score) {
}
