package org.healthlibrary.assistant.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.junit.jupiter.api.Test;

/** How a candidate differs from the live library, article by article. */
class LibraryEditsTest {

    private static Article article(String id, String body) {
        return new Article(id, id, "", null, "", List.of(), List.of(), List.of(), body);
    }

    @Test
    void addedChangedAndRemovedArticlesAreListedById() {
        Library live = new Library(List.of(article("anemia", "a"), article("bruising", "b"), article("leukemia", "c")), List.of(), "1");
        Library candidate = new Library(List.of(article("anemia", "a"), article("bruising", "B"), article("iron", "d")), List.of(), "2");
        assertThat(LibraryEdits.between(live, candidate))
                .containsExactly("changed: bruising", "added: iron", "removed: leukemia");
    }

    @Test
    void anUnchangedLibraryHasNoEdits() {
        Library live = new Library(List.of(article("anemia", "a")), List.of(), "1");
        assertThat(LibraryEdits.between(live, live)).isEmpty();
    }
}
