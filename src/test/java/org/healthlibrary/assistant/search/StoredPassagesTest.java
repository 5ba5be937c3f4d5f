package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.healthlibrary.assistant.knowledge.Passage;
import org.junit.jupiter.api.Test;

/** Remembered passages are the stored ones, and never another reader's. */
class StoredPassagesTest {

    private final StoredPassages stored = new StoredPassages();

    @Test
    void aPassageIsReadOnceAndServedAgainFromTheSameReader() throws IOException {
        try (TinyIndex index = new TinyIndex(List.of(
                new TinyIndex.Doc("Anemia", List.of(), "Overview", null, "Anemia makes you tired."),
                new TinyIndex.Doc("Fever", List.of(), "Symptoms", null, "A fever is a warning.")))) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            Passage fever = stored.get(searcher, 1);
            assertThat(fever).isEqualTo(new Passage("a1#p", "a1", "Fever", "https://example.org/a1", "Symptoms", null,
                    "A fever is a warning."));
            assertThat(stored.get(searcher, 1)).isSameAs(fever);
        }
    }

    @Test
    void theSameDocumentNumberInAnotherIndexIsThatIndexsPassage() throws IOException {
        try (TinyIndex first = new TinyIndex(List.of(new TinyIndex.Doc("Anemia", List.of(), "Overview", null, "Old text.")));
             TinyIndex second = new TinyIndex(List.of(new TinyIndex.Doc("Anemia", List.of(), "Overview", null, "New text.")))) {
            assertThat(stored.get(new IndexSearcher(first.reader), 0).text()).isEqualTo("Old text.");
            assertThat(stored.get(new IndexSearcher(second.reader), 0).text()).isEqualTo("New text.");
        }
    }
}
