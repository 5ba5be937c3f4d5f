package org.healthlibrary.assistant.answer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;
import org.junit.jupiter.api.Test;

/** Which library topics a comparison names, longest name first, and whether a passage speaks of them. */
class ComparedTopicsTest {

    private static final Article ANEMIA = article("anemia", "Anemia", List.of("anaemia", "low hemoglobin"));
    private static final Article APLASTIC = article("aplastic-anemia", "Aplastic Anemia", List.of("marrow failure"));
    private static final Article LEUKEMIA = article("leukemia", "Leukemia", List.of("blood cancer"));
    private static final Article PLATELETS = article("thrombocytopenia", "Thrombocytopenia (Low Platelets)", List.of());
    private static final Library LIBRARY = new Library(List.of(ANEMIA, APLASTIC, LEUKEMIA, PLATELETS), List.of(), "h");

    private static Article article(String id, String title, List<String> synonyms) {
        return new Article(id, title, "https://x/" + id, null, "", synonyms, List.of(), List.of(), "");
    }

    @Test
    void namesTheTopicsInTheOrderAsked() {
        assertThat(ComparedTopics.named("What is the difference between leukemia and anemia?", LIBRARY))
                .containsExactly(LEUKEMIA, ANEMIA);
    }

    @Test
    void theLongestNameWins() {
        assertThat(ComparedTopics.named("aplastic anemia vs leukemia", LIBRARY)).containsExactly(APLASTIC, LEUKEMIA);
        assertThat(ComparedTopics.named("is aplastic anemia the same as anemia", LIBRARY)).containsExactly(APLASTIC, ANEMIA);
    }

    @Test
    void synonymsAndParentheticalsNameTopicsToo() {
        assertThat(ComparedTopics.named("blood cancer versus low platelets", LIBRARY)).containsExactly(LEUKEMIA, PLATELETS);
        assertThat(ComparedTopics.named("ANAEMIA compared to thrombocytopenia", LIBRARY)).containsExactly(ANEMIA, PLATELETS);
    }

    @Test
    void onlyWholeWordsCount() {
        assertThat(ComparedTopics.named("anemias and leukemias", LIBRARY)).isEmpty();
        assertThat(ComparedTopics.wordAt("preanemia anemia", "anemia", 0)).isEqualTo(10);
    }

    @Test
    void aPassageComparesTheTopicsItsHeadingsName() {
        Passage aplasticVsLeukemia = new Passage("aplastic-anemia#q", "aplastic-anemia", "Aplastic Anemia", "u",
                "Common questions", "Is aplastic anemia a kind of blood cancer?", "No. Aplastic anemia is not leukemia.");
        assertThat(ComparedTopics.headingsName(aplasticVsLeukemia, List.of(APLASTIC, LEUKEMIA), LIBRARY)).isTrue();
        assertThat(ComparedTopics.headingsName(aplasticVsLeukemia, List.of(ANEMIA, LEUKEMIA), LIBRARY)).isFalse();
        Passage mentionsBothInText = new Passage("leukemia#o", "leukemia", "Leukemia", "u", "Overview", null,
                "Leukemia often causes anemia.");
        assertThat(ComparedTopics.headingsName(mentionsBothInText, List.of(ANEMIA, LEUKEMIA), LIBRARY)).isFalse();
    }
}
