package org.healthlibrary.assistant.search;

import org.healthlibrary.assistant.knowledge.Passage;

/**
 * One retrieved passage with its score, a highlighted snippet, and how well it covers the
 * question (the evidence gate's input; BM25 scores are not comparable across questions).
 *
 * @param passage  the passage
 * @param score    the retrieval score (only comparable within one query)
 * @param snippet  a short extract with query terms wrapped in {@code <b>...</b>}
 * @param coverage share (0..1) of the question's known words, weighted by rarity, found in the passage
 * @param anchored true when a question word names the passage's topic: it occurs in the article's
 *                 title or synonyms or in the passage's question heading
 */
public record SearchHit(Passage passage, float score, String snippet, double coverage, boolean anchored) {
}
