package org.healthlibrary.assistant.answer;

import org.healthlibrary.assistant.knowledge.Passage;

/**
 * A library passage an answer rests on.
 *
 * @param articleId the article's id
 * @param title     the article's title
 * @param section   the heading path below the title, e.g. "Common questions > Is pancytopenia leukemia?"
 * @param url       the article's URL with the section anchor
 * @param snippet   a short plain-text extract of the passage
 */
public record Citation(String articleId, String title, String section, String url, String snippet) {

    /** The citation for a passage, with the given snippet. */
    public static Citation of(Passage p, String snippet) {
        String section = p.question() == null ? p.section() : p.section() + " > " + p.question();
        return new Citation(p.articleId(), p.articleTitle(), section, p.url(), snippet);
    }
}
