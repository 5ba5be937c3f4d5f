package org.healthlibrary.assistant.knowledge;

/**
 * One validated line of a JSONL corpus, with its fields as written (trimmed). Immutable.
 *
 * @param id      the line's own id, e.g. {@code CancerGov/0000001_1/0000001_1-1}
 * @param title   the passage's title
 * @param url     where the passage can be read; empty when the line has none
 * @param section the section heading; {@code null} when the line has none
 * @param text    the passage text (may contain Markdown lists)
 */
public record JsonlPassage(String id, String title, String url, String section, String text) {
}
