package org.healthlibrary.assistant.search;

import org.healthlibrary.assistant.knowledge.Passage;

/**
 * One retrieved passage with its score and a highlighted snippet.
 *
 * @param passage the passage
 * @param score   the retrieval score (only comparable within one query)
 * @param snippet a short extract with query terms wrapped in {@code <b>...</b>}
 */
public record SearchHit(Passage passage, float score, String snippet) {
}
