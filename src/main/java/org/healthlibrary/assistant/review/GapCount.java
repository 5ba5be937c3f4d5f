package org.healthlibrary.assistant.review;

/**
 * How often one unknown medical term was asked about in one ISO week. Immutable.
 *
 * @param term the term, lower case
 * @param week the ISO week, e.g. {@code 2026-W49}
 * @param hits how many patient questions named it
 */
public record GapCount(String term, String week, long hits) {
}
