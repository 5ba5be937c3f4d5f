package org.healthlibrary.assistant.answer.compose;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.Snippets;

/**
 * An article's overview (its first passage), as lab results, comparisons and premise
 * corrections cite it. Thread-safe (reads the open index).
 */
@ApplicationScoped
public class Overviews {

    private final PassageSearch search;
    private final LibraryIndex index;

    public Overviews(PassageSearch search, LibraryIndex index) {
        this.search = search;
        this.index = index;
    }

    /** The article's first passage, if the article is in the library and the index is open. */
    public Optional<Passage> of(String articleId) {
        if (!index.isReady()) {
            return Optional.empty();
        }
        return search.passagesOf(articleId).stream().findFirst();
    }

    /** The citation of a passage, with its lead as the snippet. */
    public static Citation cite(Passage p) {
        return Citation.of(p, Snippets.lead(p.text()));
    }

    /** The citation of the passage, or none. */
    static List<Citation> cite(Optional<Passage> passage) {
        return passage.map(p -> List.of(cite(p))).orElse(List.of());
    }

    /** The conversation, now about the passage's article when there is one. */
    static Conversation about(Conversation state, Optional<Passage> passage) {
        return passage.map(p -> state.about(p.articleId(), p.articleTitle())).orElse(state);
    }
}
