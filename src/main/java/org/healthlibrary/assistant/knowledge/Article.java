package org.healthlibrary.assistant.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One health-library article: its front matter and its Markdown body. Immutable.
 *
 * @param id        stable identifier, equal to the file name without {@code .md}
 * @param title     the article's title as patients see it
 * @param url       the article's page on the hospital's website
 * @param reviewed  the date clinical reviewers last checked it
 * @param summary   a one-sentence summary (may be empty)
 * @param synonyms  lay and clinical terms patients use for the topic (searched, not shown)
 * @param sources   public sources the facts come from
 * @param related   ids of related articles
 * @param body      the Markdown body without the front matter
 */
public record Article(String id, String title, String url, LocalDate reviewed, String summary,
                      List<String> synonyms, List<Source> sources, List<String> related, String body) {

    public Article {
        synonyms = List.copyOf(synonyms);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }
}
