package org.healthlibrary.assistant.knowledge;

import java.util.List;

/**
 * The unit of retrieval and citation: one section of an article, or one question of its
 * Common questions. Immutable.
 *
 * @param id           unique id, {@code articleId#section-slug} or {@code articleId#section-slug/question-slug}
 * @param articleId    the article it belongs to
 * @param articleTitle the article's title
 * @param url          the article's URL with an anchor for the section
 * @param section      the H2 section heading, e.g. "Common questions"
 * @param question     the H3 heading under the section (a question under Common questions), or {@code null}
 * @param text         plain text of the passage (lists kept as "- item" lines)
 */
public record Passage(String id, String articleId, String articleTitle, String url, String section,
                      String question, String text) {

    /** The heading path shown in citations: article > section > question. */
    public List<String> headingPath() {
        return question == null ? List.of(articleTitle, section) : List.of(articleTitle, section, question);
    }

    /** The most specific heading: the question when there is one, else the section. */
    public String heading() {
        return question == null ? section : question;
    }
}
