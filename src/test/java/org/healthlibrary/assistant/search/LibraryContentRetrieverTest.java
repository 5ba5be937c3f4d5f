package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LangChain4j retriever returns the search's passages with where they come from. */
class LibraryContentRetrieverTest {

    @TempDir
    Path tmp;

    private LibraryIndex index;

    @BeforeEach
    void setUp() throws IOException {
        Path knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(knowledge.resolve("thrombocytopenia.md"), """
                ---
                title: Thrombocytopenia
                url: https://example.org/thrombocytopenia
                ---
                ## Overview
                Thrombocytopenia means a low platelet count.
                ## Common questions
                ### Is it serious?
                A very low platelet count can cause bleeding.
                """);
        index = new LibraryIndex(knowledge, new IndexStore(tmp.resolve("index")));
        index.openOrBuild();
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void eachContentIsAPassageWithItsSourceAndEvidence() {
        List<Content> contents = new LibraryContentRetriever(new PassageSearch(index), 1)
                .retrieve(Query.from("is thrombocytopenia serious"));

        assertThat(contents).hasSize(1);
        Content c = contents.getFirst();
        assertThat(c.textSegment().text()).isEqualTo("A very low platelet count can cause bleeding.");
        Metadata m = c.textSegment().metadata();
        assertThat(m.getString(LibraryContentRetriever.PASSAGE_ID))
                .isEqualTo("thrombocytopenia#common-questions/is-it-serious");
        assertThat(m.getString(LibraryContentRetriever.ARTICLE_ID)).isEqualTo("thrombocytopenia");
        assertThat(m.getString(LibraryContentRetriever.TITLE)).isEqualTo("Thrombocytopenia");
        assertThat(m.getString(LibraryContentRetriever.SECTION)).isEqualTo("Common questions");
        assertThat(m.getString(LibraryContentRetriever.QUESTION)).isEqualTo("Is it serious?");
        assertThat(m.getString(LibraryContentRetriever.URL)).isEqualTo("https://example.org/thrombocytopenia#is-it-serious");
        assertThat(m.getDouble(LibraryContentRetriever.COVERAGE)).isEqualTo(1.0);
        assertThat(m.getString(LibraryContentRetriever.ANCHORED)).isEqualTo("true");
        assertThat(c.metadata()).containsKey(ContentMetadata.SCORE);
    }

    @Test
    void returnsAtMostMaxResultsAndRejectsAZeroLimit() {
        assertThat(new LibraryContentRetriever(new PassageSearch(index), 5).retrieve(Query.from("platelet count")))
                .hasSize(2);
        assertThatThrownBy(() -> new LibraryContentRetriever(new PassageSearch(index), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
