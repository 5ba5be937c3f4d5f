package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patients' words the shipped library lacks, read by meaning against its own heading words with
 * the default embedding model (in process, no network).
 */
class LibraryMeaningsTest {

    @TempDir
    static Path tmp;

    private static PassageEmbedder embedder;
    private static LibraryMeanings meanings;
    private static LibraryIndex index;

    @BeforeAll
    static void build() throws IOException {
        Library library = new LibraryLoader().load(Path.of("knowledge"));
        embedder = PassageEmbedder.of(SearchSettings.defaults());
        meanings = LibraryMeanings.build(library, embedder, tmp.resolve("embeddings"));
        index = new LibraryIndex(() -> library, tmp.resolve("index"), SearchSettings.defaults().withMeanings(true));
        index.rebuild();
    }

    @AfterAll
    static void close() {
        embedder.close();
        index.close();
    }

    private static List<String> words(String word) {
        return meanings.related(word, word).stream().map(RelatedWord::word).toList();
    }

    @Test
    void everydayWordsReachTheLibrarysHeadingWords() {
        assertThat(words("gym")).containsExactly("exercise");
        assertThat(words("workout")).containsExactly("exercise");
        assertThat(words("infusion")).containsExactly("transfusion", "transfusions");
        assertThat(words("bloodwork")).first().isEqualTo("blood");
    }

    @Test
    void aWordNearEveryWordOrTooShortReachesNothing() {
        assertThat(words("dad")).isEmpty();
        assertThat(words("friday")).isEmpty();
        assertThat(words("grandkids")).isEmpty();
        assertThat(words("abc1")).isEmpty();
    }

    @Test
    void theShippedSettingsReadNoWordByMeaning() throws IOException {
        assertThat(SearchSettings.defaults().meanings()).isFalse();
        LibraryIndex plain = new LibraryIndex(() -> new LibraryLoader().load(Path.of("knowledge")), tmp.resolve("plain"),
                SearchSettings.defaults());
        try {
            plain.rebuild();
            SearchResult r = new PassageSearch(plain).search("can i go to the gym with low platelets", 8);
            assertThat(r.terms().unknown()).containsExactly("gym");
            assertThat(r.terms().related()).isEmpty();
        } finally {
            plain.close();
        }
    }

    @Test
    void aLibrarySearchedWithoutEmbeddingsHasNoMeanings() throws IOException {
        Library library = new LibraryLoader().load(Path.of("knowledge"));
        assertThat(LibraryMeanings.build(library, null, tmp.resolve("none"))).isSameAs(LibraryMeanings.NONE);
        assertThat(LibraryMeanings.NONE.related("gym", "gym")).isEmpty();
    }

    @Test
    void theSearchReadsTheUnknownWordAsTheHeadingWordAndFindsItsPassage() {
        SearchResult r = new PassageSearch(index).search("can i go to the gym with low platelets", 8);
        assertThat(r.terms().unknown()).containsExactly("gym");
        assertThat(r.terms().related().get("gym")).extracting(RelatedWord::word).containsExactly("exercise");
        assertThat(r.hits().getFirst().passage().id())
                .isEqualTo("thrombocytopenia#common-questions/can-i-exercise-with-low-platelets");
        assertThat(r.hits().getFirst().coverage()).isEqualTo(1.0);
    }
}
