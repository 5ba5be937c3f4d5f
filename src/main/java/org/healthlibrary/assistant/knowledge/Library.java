package org.healthlibrary.assistant.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A loaded health library: the usable articles, the files that were skipped with their reasons,
 * and a content hash that changes whenever any article or corpus file changes. Immutable.
 *
 * @param articles    usable articles, sorted by id
 * @param problems    files, or lines of JSONL corpora, that were skipped
 * @param contentHash SHA-256 over every file's name and bytes (hex)
 */
public record Library(List<Article> articles, List<LoadProblem> problems, String contentHash) {

    public Library {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The article with this id, if loaded. */
    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
