package org.healthlibrary.assistant.search;

/**
 * A CDI event {@link ReindexJobs} fires after a reindex swapped a new index in, so other
 * features (the shared library version) learn of it without search knowing them. Immutable.
 *
 * @param contentHash the content hash of the library now served
 * @param articles    its usable articles
 * @param requestedBy who started the reindex, as the caller named it
 */
public record LibraryRebuilt(String contentHash, int articles, String requestedBy) {
}
