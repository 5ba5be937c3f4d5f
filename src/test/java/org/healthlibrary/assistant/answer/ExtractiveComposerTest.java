package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.LibraryAnalyzer;
import org.healthlibrary.assistant.search.QueryTerms;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.junit.jupiter.api.Test;

/** Which sentences the extractive composer chooses, exactly. */
class ExtractiveComposerTest {

    private static final LibraryAnalyzer ANALYZER = LibraryAnalyzer.forIndexing();

    private static QueryTerms terms(String... words) {
        List<QueryTerms.KnownWord> known = java.util.Arrays.stream(words)
                .map(w -> new QueryTerms.KnownWord(w, ANALYZER.terms(w), 2.0, false)).toList();
        return new QueryTerms(String.join(" ", words), known, List.of(), Map.of());
    }

    private static Passage passage(String question, String text) {
        return new Passage("p", "a", "Anemia", "https://x/a", "Overview", question, text);
    }

    @Test
    void theSentencesWithTheQuestionsWordsWinAndKeepTheirOrder() {
        Passage p = passage(null, "Anemia is common. Iron helps many people. Sleep matters too. Fatigue is a sign of anemia.");
        assertThat(new ExtractiveComposer(2).sentences(p, terms("fatigue"), QuestionIntent.OTHER))
                .containsExactly("Anemia is common.", "Fatigue is a sign of anemia.");
    }

    @Test
    void aShortCommonQuestionsAnswerIsKeptWhole() {
        Passage p = passage("Is anemia serious?", "It can be. Fatigue is common. Iron helps.");
        assertThat(new ExtractiveComposer(2).sentences(p, terms("iron"), QuestionIntent.OTHER))
                .containsExactly("It can be.", "Fatigue is common.", "Iron helps.");
    }

    @Test
    void aListComesWithTheSentenceThatIntroducesItForAListQuestion() {
        Passage p = passage(null, "Anemia has many signs.\nCommon symptoms include:\n- tiredness\n- pale skin.\nSee a doctor.");
        assertThat(new ExtractiveComposer(3).compose(p, terms("symptoms"), QuestionIntent.SYMPTOMS))
                .as("a sentence with none of the question's words is left out once two were chosen")
                .isEqualTo("Anemia has many signs. Common symptoms include: tiredness; pale skin.");
        assertThat(new ExtractiveComposer(1).sentences(p, terms("symptoms"), QuestionIntent.SYMPTOMS))
                .containsExactly("Common symptoms include: tiredness; pale skin.");
    }

    @Test
    void theLeadIsTheFirstSentences() {
        assertThat(ExtractiveComposer.lead("One. Two. Three.", 2)).isEqualTo("One. Two.");
        assertThat(ExtractiveComposer.lead("", 2)).isEmpty();
        assertThat(new ExtractiveComposer(3).sentences(passage(null, "  "), terms("x"), QuestionIntent.OTHER)).isEmpty();
    }
}
