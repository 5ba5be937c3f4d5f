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
}
