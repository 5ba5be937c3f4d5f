package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.knowledge.Passage;
import org.junit.jupiter.api.Test;

/** Each signal is exactly its value, only when it applies, and the score is the weighted sum. */
class RerankerTest {

    private static final QueryTerms.KnownWord PANCYTOPENIA =
            new QueryTerms.KnownWord("pancytopenia", List.of("pancytopenia"), 3.0, true);
    private static final QueryTerms.KnownWord LEUKEMIA = new QueryTerms.KnownWord("leukemia", List.of("leukemia"), 2.0, true);
    private static final QueryTerms.KnownWord TIRED = new QueryTerms.KnownWord("tired", List.of("tire"), 1.0, false);
    private static final QueryTerms IS_IT_LEUKEMIA =
            new QueryTerms("Is pancytopenia leukemia?", List.of(PANCYTOPENIA, LEUKEMIA), List.of(), Map.of());
    private static final QueryTerms NOTHING_KNOWN = new QueryTerms("hmm", List.of(), List.of("hmm"), Map.of());
    private static final RerankWeights W = new RerankWeights(1.0, 0.5, 0.25, 0.125, 2.0, 4.0);

    private final Reranker reranker = new Reranker(W);

    private static Passage passage(String title, String question) {
        return new Passage("p", "a", title, "https://example.org/a", "Overview", question, "text");
    }

    @Test
    void withoutSignalsTheScoreIsTheWeightedFirstStageScore() {
        RerankFeatures f = reranker.features(0.42, Float.NaN, passage("Bruises", null), QuestionIntent.OTHER,
                QuestionIntent.OTHER, NOTHING_KNOWN, 0);
        assertThat(f).isEqualTo(new RerankFeatures(0.42, 0, 0, 0, 0, 0));
        assertThat(reranker.score(f)).isEqualTo(0.42);
    }

    @Test
    void aMatchingIntentCountsOneButOtherNeverMatches() {
        assertThat(reranker.features(0.5, Float.NaN, passage("Bruises", null), QuestionIntent.TREATMENT,
                QuestionIntent.TREATMENT, NOTHING_KNOWN, 0).intent()).isEqualTo(1.0);
        assertThat(reranker.features(0.5, Float.NaN, passage("Bruises", null), QuestionIntent.CAUSES,
                QuestionIntent.TREATMENT, NOTHING_KNOWN, 0).intent()).isZero();
        assertThat(reranker.features(0.5, Float.NaN, passage("Bruises", null), QuestionIntent.OTHER,
                QuestionIntent.OTHER, NOTHING_KNOWN, 0).intent()).isZero();
    }

    @Test
    void coverageAndCosineAreTakenAsGivenAndNoCosineIsZero() {
        RerankFeatures f = reranker.features(0, 0.75f, passage("Bruises", null), QuestionIntent.OTHER,
                QuestionIntent.OTHER, NOTHING_KNOWN, 0.5);
        assertThat(f.coverage()).isEqualTo(0.5);
        assertThat(f.cosine()).isEqualTo(0.75);
        assertThat(reranker.score(f)).isCloseTo(0.125 * 0.5 + 4.0 * 0.75, within(1e-12));
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
        RerankFeatures f = reranker.features(0, Float.NaN, passage("Bruises", "Is pancytopenia leukemia?"),
                QuestionIntent.OTHER, QuestionIntent.OTHER, new QueryTerms("q", List.of(TIRED, LEUKEMIA), List.of(), Map.of()), 0);
        // heading words {pancytopenia, leukemia}; question words {tired, leukemia}: 1 shared of 3
        assertThat(f.heading()).isCloseTo(1.0 / 27, within(1e-12));
        assertThat(reranker.score(f)).isCloseTo(0.25 / 27, within(1e-12));
    }

    @Test
    void theSubjectIsTheFirstTopicWordAndCountsWhenTheTitleNamesIt() {
        QueryTerms tiredThenLeukemia = new QueryTerms("q", List.of(TIRED, LEUKEMIA, PANCYTOPENIA), List.of(), Map.of());
        assertThat(reranker.features(0, Float.NaN, passage("Leukemia in adults", null), QuestionIntent.OTHER,
                QuestionIntent.OTHER, tiredThenLeukemia, 0).subject()).isEqualTo(1.0);
        assertThat(reranker.features(0, Float.NaN, passage("Pancytopenia", null), QuestionIntent.OTHER,
                QuestionIntent.OTHER, tiredThenLeukemia, 0).subject()).as("pancytopenia is not the first topic word").isZero();
    }

    @Test
    void allSignalsAddWithTheirWeights() {
        RerankFeatures f = reranker.features(1.0, 0.5f, passage("Pancytopenia", "Is pancytopenia leukemia?"),
                QuestionIntent.OUTLOOK, QuestionIntent.OUTLOOK, IS_IT_LEUKEMIA, 1.0);
        assertThat(f).isEqualTo(new RerankFeatures(1.0, 1.0, 1.0, 1.0, 1.0, 0.5));
        assertThat(reranker.score(f)).isCloseTo(1.0 + 0.5 + 0.25 + 0.125 + 2.0 + 4.0 * 0.5, within(1e-12));
    }

    @Test
    void theHandSetWeightsAreTheOnesUsedBeforeTheFit() {
        assertThat(RerankWeights.HAND_SET.values()).containsExactly(1.0, 0.6, 0.6, 0.3, 0.3, 0.0);
        assertThat(RerankWeights.of(W.values())).isEqualTo(W);
    }
}
