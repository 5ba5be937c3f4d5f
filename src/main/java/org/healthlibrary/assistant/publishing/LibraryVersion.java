package org.healthlibrary.assistant.publishing;

import java.time.Instant;

/**
 * A published library version, as recorded in table {@code library_version}. Immutable.
 *
 * @param contentHash the library's content hash (SHA-256 over its files): the version's identity
 * @param articles    its usable articles
 * @param publishedAt when it was recorded
 * @param publishedBy who started the reindex that published it
 */
public record LibraryVersion(String contentHash, int articles, Instant publishedAt, String publishedBy) {
}
