package org.healthlibrary.assistant.publishing;

/**
 * Which library version this replica serves and which is published, for {@code /api/info} and
 * readiness. Immutable.
 *
 * @param serving the content hash of the library this replica serves, or null before its index opens
 * @param wanted  the content hash of the newest published version, or null when none is recorded yet
 * @param behind  true when this replica does not serve the published version
 * @param reason  why it is behind (building it, or why it cannot), or null
 */
public record VersionStatus(String serving, String wanted, boolean behind, String reason) {
}
