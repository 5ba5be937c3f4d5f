package org.healthlibrary.assistant.feedback;

/**
 * The article and section an answer cited first: what its feedback is filed under. Immutable.
 *
 * @param articleId the article's id
 * @param section   the section heading path, or {@code null}
 */
public record CitedSection(String articleId, String section) {
}
