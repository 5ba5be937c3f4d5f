package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.healthlibrary.assistant.knowledge.Passage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What is embedded for a passage, and the vectors' basic properties. */
class PassageEmbedderTest {

    private static PassageEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = PassageEmbedder.of(SearchSettings.defaults());
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void aPassageIsEmbeddedWithItsTitleAndHeadingButNotTheGenericOverviewHeading() {
        Passage question = new Passage("p#common-questions/is-it-serious", "p", "Pancytopenia", "", "Common questions",
                "Is it serious?", "It can be.");
        Passage overview = new Passage("p#overview", "p", "Pancytopenia", "", "Overview", null, "All counts are low.");
        Passage untitled = new Passage("x#overview", "x", "", "", "Overview", null, "Text only.");

        assertThat(embedder.passageText(question)).isEqualTo("Pancytopenia\nIs it serious?\nIt can be.");
        assertThat(embedder.passageText(overview)).isEqualTo("Pancytopenia\nAll counts are low.");
        assertThat(embedder.passageText(untitled)).isEqualTo("Text only.");
    }

    @Test
    void longTextsAreCutToTheFirstWords() {
        assertThat(PassageEmbedder.firstWords("one two  three\nfour", 3)).isEqualTo("one two three");
        assertThat(PassageEmbedder.firstWords(" one two ", 3)).isEqualTo("one two");
    }

    @Test
    void vectorsAreUnitLengthAndDeterministic() {
        float[] a = embedder.embedQuery("what causes low platelets");
        float[] b = embedder.embedQuery("what causes low platelets");
        assertThat(a).hasSize(384).containsExactly(b);
        double norm = 0;
        for (float f : a) {
            norm += f * f;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-4));
        assertThat(embedder.id()).isEqualTo("all-minilm-l6-v2-q-t128");
    }

    @Test
    void aQueryOnlyEmbedderOfAnotherModelHasItsOwnIdAndMatchesTheFullEmbedder() {
        try (PassageEmbedder bge = PassageEmbedder.forQueries(EmbeddingModelChoice.BGE_SMALL_EN_V15_Q, 128, 10);
             PassageEmbedder full = PassageEmbedder.of(
                     SearchSettings.defaults().withEmbeddingModel(EmbeddingModelChoice.BGE_SMALL_EN_V15_Q))) {
            assertThat(bge.id()).isEqualTo("bge-small-en-v15-q-t128");
            assertThat(bge.embedQuery("my gums bleed")).containsExactly(full.embedQuery("my gums bleed"));
            assertThat(bge.embedQuery("my gums bleed")).isSameAs(bge.embedQuery("my gums bleed"));
        }
    }

    @Test
    void modelsAreNamedByTheirConfigurationIds() {
        assertThat(EmbeddingModelChoice.byId("none")).isEqualTo(EmbeddingModelChoice.NONE);
        assertThat(EmbeddingModelChoice.byId("bge-small-en-v15-q")).isEqualTo(EmbeddingModelChoice.BGE_SMALL_EN_V15_Q);
        assertThat(EmbeddingModelChoice.byId("all-minilm-l6-v2-q")).isEqualTo(EmbeddingModelChoice.ALL_MINILM_L6_V2_Q);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddingModelChoice.byId("bge"))
                .hasMessage("Unknown embedding model 'bge': use none, all-minilm-l6-v2-q or bge-small-en-v15-q");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> PassageEmbedder.forQueries(EmbeddingModelChoice.NONE, 128, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
