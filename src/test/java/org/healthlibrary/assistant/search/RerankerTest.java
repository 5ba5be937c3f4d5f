package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.knowledge.Passage;
import org.junit.jupiter.api.Test;

/** Each signal adds exactly its weight, and only when it applies. */
class RerankerTest {

    private static final QueryTerms.KnownWord PANCYTOPENIA =
            new QueryTerms.KnownWord("pancytopenia", List.of("pancytopenia"), 3.0, true);
    private static final QueryTerms.KnownWord LEUKEMIA = new QueryTerms.KnownWord("leukemia", List.of("leukemia"), 2.0, true);
    private static final QueryTerms.KnownWord TIRED = new QueryTerms.KnownWord("tired", List.of("tire"), 1.0, false);
    private static final QueryTerms IS_IT_LEUKEMIA =
            new QueryTerms("Is pancytopenia leukemia?", List.of(PANCYTOPENIA, LEUKEMIA), List.of(), Map.of());
    private static final QueryTerms NOTHING_KNOWN = new QueryTerms("hmm", List.of(), List.of("hmm"), Map.of());

    private final Reranker reranker = new Reranker();

    private static Passage passage(String title, String question) {
        return new Passage("p", "a", title, "https://example.org/a", "Overview", question, "text");
    }

    @Test
    void withoutSignalsTheScoreIsTheFirstStageScore() {
        double s = reranker.score(0.42, passage("Bruises", null), QuestionIntent.OTHER, QuestionIntent.OTHER, NOTHING_KNOWN, 0);
        assertThat(s).isEqualTo(0.42);
    }

    @Test
    void aMatchingIntentAddsItsWeightButOtherNeverMatches() {
        assertThat(reranker.score(0.5, passage("Bruises", null), QuestionIntent.TREATMENT, QuestionIntent.TREATMENT,
                NOTHING_KNOWN, 0)).isCloseTo(0.5 + Reranker.INTENT_WEIGHT, within(1e-12));
        assertThat(reranker.score(0.5, passage("Bruises", null), QuestionIntent.CAUSES, QuestionIntent.TREATMENT,
                NOTHING_KNOWN, 0)).isEqualTo(0.5);
    }

    @Test
    void coverageAddsItsWeightTimesTheShare() {
        assertThat(reranker.score(0, passage("Bruises", null), QuestionIntent.OTHER, QuestionIntent.OTHER, NOTHING_KNOWN,
                0.5)).isCloseTo(Reranker.COVERAGE_WEIGHT * 0.5, within(1e-12));
    }

    @Test
    void theHeadingOverlapIsTheJaccardOfWords() {
        assertThat(reranker.headingOverlap("Is pancytopenia leukemia?", IS_IT_LEUKEMIA)).isEqualTo(1.0);
        assertThat(reranker.headingOverlap("Is pancytopenia serious?", IS_IT_LEUKEMIA)).as("1 shared of 3")
                .isCloseTo(1.0 / 3, within(1e-12));
        assertThat(reranker.headingOverlap("How is it treated?", IS_IT_LEUKEMIA)).isZero();
        assertThat(reranker.headingOverlap("Is pancytopenia leukemia?", NOTHING_KNOWN)).isZero();
    }

    @Test
    void theHeadingOverlapEntersCubed() {
        double own = reranker.score(0, passage("Bruises", "Is pancytopenia leukemia?"), QuestionIntent.OTHER,
                QuestionIntent.OTHER, new QueryTerms("q", List.of(TIRED, LEUKEMIA), List.of(), Map.of()), 0);
        // heading words {pancytopenia, leukemia}; question words {tired, leukemia}: 1 shared of 3
        assertThat(own).isCloseTo(Reranker.HEADING_WEIGHT / 27, within(1e-12));
    }

    @Test
    void theSubjectIsTheFirstTopicWordAndCountsWhenTheTitleNamesIt() {
        QueryTerms tiredThenLeukemia = new QueryTerms("q", List.of(TIRED, LEUKEMIA, PANCYTOPENIA), List.of(), Map.of());
        assertThat(reranker.score(0, passage("Leukemia in adults", null), QuestionIntent.OTHER, QuestionIntent.OTHER,
                tiredThenLeukemia, 0)).isCloseTo(Reranker.SUBJECT_WEIGHT, within(1e-12));
        assertThat(reranker.score(0, passage("Pancytopenia", null), QuestionIntent.OTHER, QuestionIntent.OTHER,
                tiredThenLeukemia, 0)).as("pancytopenia is not the first topic word").isZero();
    }

    @Test
    void allSignalsAdd() {
        double s = reranker.score(1.0, passage("Pancytopenia", "Is pancytopenia leukemia?"), QuestionIntent.OUTLOOK,
                QuestionIntent.OUTLOOK, IS_IT_LEUKEMIA, 1.0);
        assertThat(s).isCloseTo(1.0 + Reranker.INTENT_WEIGHT + Reranker.HEADING_WEIGHT + Reranker.SUBJECT_WEIGHT
                + Reranker.COVERAGE_WEIGHT, within(1e-12));
    }
}
