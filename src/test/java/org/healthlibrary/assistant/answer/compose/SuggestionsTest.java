package org.healthlibrary.assistant.answer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.QueryTerms;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;
import org.junit.jupiter.api.Test;

/** Which article's questions are offered, and which of its passages are its common questions. */
class SuggestionsTest {

    private static final QueryTerms TERMS = new QueryTerms("q",
            List.of(new QueryTerms.KnownWord("anemia", List.of("anemia"), 3.0, true)), List.of(), Map.of());
    private static final QueryTerms NO_SUBJECT = new QueryTerms("q",
            List.of(new QueryTerms.KnownWord("feel", List.of("feel"), 1.0, false)), List.of(), Map.of());

    private static SearchHit hit(String article, boolean anchored) {
        return new SearchHit(new Passage(article + "#s", article, article, "u", "Causes", null, "text"), 1f, "", 0.2,
                anchored);
    }

    private static SearchResult result(SearchHit... hits) {
        return new SearchResult(List.of(hits), TERMS, QuestionIntent.CAUSES);
    }

    private static Passage passage(String section, String question) {
        return new Passage("a#" + section + "/" + question, "a", "A", "u", section, question, "text");
    }

    @Test
    void theFirstTopCandidateWhoseTopicTheQuestionNamesIsTheArticle() {
        assertThat(Suggestions.articleNamed(result(hit("anemia", false), hit("leukopenia", true), hit("x", true))))
                .contains("leukopenia");
        assertThat(Suggestions.articleNamed(result(hit("a", false), hit("b", false), hit("c", false),
                hit("named-but-fourth", true)))).isEmpty();
        assertThat(Suggestions.articleNamed(result())).isEmpty();
        assertThat(Suggestions.articleNamed(new SearchResult(List.of(hit("spleen", true)), NO_SUBJECT,
                QuestionIntent.CAUSES))).as("no word of the question can name a subject").isEmpty();
    }

    @Test
    void theQuestionsOfTheCommonQuestionsSectionInOrderAtMostFour() {
        List<Passage> article = List.of(passage("Overview", null), passage("Causes", "Is it inherited?"),
                passage("Common questions", "Is it serious?"), passage("Common questions", "Can it go away?"),
                passage("common questions", "Is it contagious?"), passage("Common questions", "Is it serious?"),
                passage("Common questions", "Can I exercise?"), passage("Common questions", "Fifth?"),
                passage("Common questions", null));
        assertThat(Suggestions.commonQuestions(article))
                .containsExactly("Is it serious?", "Can it go away?", "Is it contagious?", "Can I exercise?");
        assertThat(Suggestions.commonQuestions(List.of(passage("Overview", null)))).isEmpty();
    }
}
