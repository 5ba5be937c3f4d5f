package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A question's words read against a four-passage index: known, unknown, and misspellings fixed. */
class QueryWordsTest {

    private final TinyIndex index = new TinyIndex(List.of(
            new TinyIndex.Doc("Pancytopenia", List.of(), "Overview", null, "All three blood counts are low."),
            new TinyIndex.Doc("Anemia", List.of(), "Overview", null, "Anemia makes you tired."),
            new TinyIndex.Doc("Anemia", List.of(), "Treatment", "How is anemia treated?", "Iron helps."),
            new TinyIndex.Doc("Fever", List.of(), "Symptoms", null, "A fever is a warning.")));
    private final QueryWords words = new QueryWords(LibraryAnalyzer.forQueries(null), LibraryAnalyzer.forIndexing());

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void knownWordsCarryTheirStemsRarityAndWhetherTheyNameATopic() throws IOException {
        QueryTerms t = words.analyze(index.reader, "Is anemia making me tired?", TopicWords.NONE);
        assertThat(t.known()).extracting(QueryTerms.KnownWord::word).containsExactly("anemia", "making", "tired");
        QueryTerms.KnownWord anemia = t.known().getFirst();
        assertThat(anemia.terms()).containsExactly("anemia");
        assertThat(anemia.idf()).isCloseTo(QueryWords.idf(2, 4), within(1e-12));
        assertThat(anemia.topic()).isTrue();
        QueryTerms.KnownWord tired = t.known().get(2);
        assertThat(tired.terms()).containsExactly("tire");
        assertThat(tired.idf()).isCloseTo(QueryWords.idf(1, 4), within(1e-12));
        assertThat(tired.topic()).isFalse();
        assertThat(t.unknown()).isEmpty();
        assertThat(t.corrections()).isEmpty();
        assertThat(t.text()).isEqualTo("Is anemia making me tired?");
    }

    @Test
    void wordsNoPassageContainsAreUnknownButNumbersAreNot() throws IOException {
        QueryTerms t = words.analyze(index.reader, "fever of 39 after surgery", TopicWords.NONE);
        assertThat(t.known()).extracting(QueryTerms.KnownWord::word).containsExactly("fever");
        assertThat(t.unknown()).as("\"of\" is a stop word; 39 is a number").containsExactly("after", "surgery");
    }

    @Test
    void aRepeatedWordCountsOnce() throws IOException {
        QueryTerms t = words.analyze(index.reader, "anemia anemia ANEMIA", TopicWords.NONE);
        assertThat(t.known()).extracting(QueryTerms.KnownWord::word).containsExactly("anemia");
    }

    @Test
    void aMisspelledTopicIsReadAsTheLibraryWordAndDroppedFromTheText() throws IOException {
        QueryTerms t = words.analyze(index.reader, "what is pancytopinia", TopicWords.NONE);
        assertThat(t.corrections()).isEqualTo(Map.of("pancytopinia", "pancytopenia"));
        assertThat(t.known()).singleElement().satisfies(w -> {
            assertThat(w.word()).isEqualTo("pancytopinia");
            assertThat(w.terms()).containsExactly("pancytopenia");
            assertThat(w.idf()).isCloseTo(QueryWords.idf(1, 4), within(1e-12));
            assertThat(w.topic()).isTrue();
        });
        assertThat(t.unknown()).isEmpty();
        assertThat(t.text()).isEqualTo("what is  ");
    }

    @Test
    void shortWordsAreNeverBentIntoAnother() throws IOException {
        QueryTerms t = words.analyze(index.reader, "feve", TopicWords.NONE);
        assertThat(t.corrections()).isEmpty();
        assertThat(t.unknown()).containsExactly("feve");
    }

    @Test
    void idfIsBm25s() {
        assertThat(QueryWords.idf(1, 4)).isCloseTo(Math.log(1 + 3.5 / 1.5), within(1e-12));
        assertThat(QueryWords.idf(4, 4)).isCloseTo(Math.log(1 + 0.5 / 4.5), within(1e-12));
    }
}
