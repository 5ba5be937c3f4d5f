package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long messages are bounded before they become a Lucene query. */
class QueryBudgetTest {

    @Test
    void countsWordsIdeographsAndEmojiAsTheAnalyzerWould() {
        assertThat(QueryBudget.tokens("What is pancytopenia?")).isEqualTo(3);
        assertThat(QueryBudget.tokens("我的血小板")).isEqualTo(5);
        assertThat(QueryBudget.tokens("\uD83D\uDE00\uD83D\uDE00 ok")).isEqualTo(3);
        assertThat(QueryBudget.tokens("low-platelets, 9.1")).isEqualTo(4);
    }

    @Test
    void ordinaryQuestionsAreNotLongAndLongOnesAre() {
        assertThat(QueryBudget.isLong("So I've been reading about pancytopenia all week because my CBC came back with "
                + "everything low, and I was trying to figure out the hemoglobin numbers, and now there's this pressure "
                + "in my chest that won't go away, anyway what does MCV mean?")).isFalse();
        assertThat(QueryBudget.isLong("word ".repeat(65))).isTrue();
        assertThat(QueryBudget.isLong("血".repeat(65))).isTrue();
    }

    @Test
    void keepsTopicWordsThenTheRarestInTheirOrder() {
        List<QueryTerms.KnownWord> known = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            known.add(new QueryTerms.KnownWord("w" + i, List.of("w" + i), i, false));
        }
        known.set(0, new QueryTerms.KnownWord("anemia", List.of("anemia"), 0.1, true));
        List<QueryTerms.KnownWord> kept = QueryBudget.keepRarest(known);
        assertThat(kept).hasSize(QueryBudget.MAX_KNOWN_WORDS);
        assertThat(kept.getFirst().word()).as("the topic word, though common").isEqualTo("anemia");
        assertThat(kept.get(1).word()).as("then the rarest, in typed order").isEqualTo("w9");
        assertThat(kept.getLast().word()).isEqualTo("w39");
        assertThat(QueryBudget.text(kept.subList(0, 3))).isEqualTo("anemia w9 w10");
    }

    @Test
    void capsTheTermsOfOneWord() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add("t" + i);
        }
        assertThat(QueryBudget.capTerms(many)).hasSize(QueryBudget.MAX_TERMS_PER_WORD);
        assertThat(QueryBudget.capTerms(List.of("a", "b"))).containsExactly("a", "b");
    }
}
