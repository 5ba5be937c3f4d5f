package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.junit.jupiter.api.Test;

class LibraryTopicsTest {

    private static final LibraryTopics TOPICS = LibraryTopics.of(new Library(List.of(
            article("thrombocytopenia", "Thrombocytopenia (Low Platelets)", List.of("low platelet count")),
            article("leukemia", "Leukemia", List.of("ALL", "CLL")),
            article("hematologist", "\"Hematologist: What a Blood Doctor Does\"", List.of("blood doctor"))), List.of(), "h"));

    private static Article article(String id, String title, List<String> synonyms) {
        return new Article(id, title, "u", null, "", synonyms, List.of(), List.of(), "## Overview\n\ntext\n");
    }

    @Test
    void titlesParenthesesAndSynonymsNameTheirArticles() {
        assertThat(TOPICS.named("my dad has low platelets and cll, should he see a blood doctor")).containsExactly(
                new LibraryTopics.Named("low platelets", "thrombocytopenia", "Thrombocytopenia (Low Platelets)"),
                new LibraryTopics.Named("cll", "leukemia", "Leukemia"),
                new LibraryTopics.Named("blood doctor", "hematologist", "\"Hematologist: What a Blood Doctor Does\""));
    }

    @Test
    void anAcronymThatIsAnEverydayWordMatchesOnlyInCapitals() {
        assertThat(TOPICS.named("are all my counts low")).isEmpty();
        assertThat(TOPICS.named("our son has ALL")).extracting(LibraryTopics.Named::articleId).containsExactly("leukemia");
    }

    @Test
    void aTitleIsReadWithoutItsParenthesisColonOrKindSuffix() {
        assertThat(LibraryTopics.titleNames("Thrombocytopenia (Low Platelets)")).containsExactly("Thrombocytopenia",
                "Low Platelets");
        assertThat(LibraryTopics.titleNames("\"Hematologist: What a Blood Doctor Does\"")).containsExactly("Hematologist");
        assertThat(LibraryTopics.titleNames("Anal Cancer - symptoms")).containsExactly("Anal Cancer");
    }
}
