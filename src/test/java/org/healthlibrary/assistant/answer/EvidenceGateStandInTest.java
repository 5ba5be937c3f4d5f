package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.search.QueryTerms;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * When the fitted gate does not answer from the best hit, one of the next two hits may stand in
 * for it, but only from the same article; otherwise the message is refused. The gate here is a
 * one-feature model (coverage of the hit answered from, threshold at 0.5 coverage) so that each
 * case is exact.
 */
class EvidenceGateStandInTest {

    private static final String QUESTION = "why does anemia make you tired";
    private static final QueryTerms TERMS = new QueryTerms(QUESTION,
            List.of(new QueryTerms.KnownWord("anemia", List.of("anemia"), 3.0, true),
                    new QueryTerms.KnownWord("tired", List.of("tired"), 3.0, false)), List.of(), Map.of());
    private final EvidenceGate gate = new EvidenceGate(0.5, 3,
            new CalibratedGate(List.of(new CalibratedGate.Feature("cov1", 0.5, 0.01, 10)), 0, 0.5));

    private static SearchHit hit(String article, String section, double coverage, boolean anchored) {
        return new SearchHit(new Passage(article + "#" + section, article, article, "u", section, null, "text"), 1f,
                "", coverage, anchored);
    }

    private EvidenceGate.Decision decide(SearchHit... hits) {
        return gate.decide(QUESTION, new SearchResult(List.of(hits), TERMS, QuestionIntent.CAUSES),
                ScopeClassifier.standard());
    }

    @Test
    void theBestHitAnswersWhenItCoversTheQuestion() {
        assertThat(decide(hit("anemia", "Causes", 0.9, true), hit("anemia", "Symptoms", 1.0, true)))
                .extracting(EvidenceGate.Decision::outcome, EvidenceGate.Decision::rule, EvidenceGate.Decision::hit)
                .containsExactly(Outcome.ANSWERED, "evidence:calibrated", 0);
    }

    @Test
    void aSectionOfTheSameArticleStandsInForABestHitThatCoversTooLittle() {
        assertThat(decide(hit("anemia", "Causes", 0.5 - 1e-9, true), hit("leukemia", "Symptoms", 1.0, true),
                hit("anemia", "Symptoms", 1.0, true)))
                .extracting(EvidenceGate.Decision::outcome, EvidenceGate.Decision::rule, EvidenceGate.Decision::hit)
                .containsExactly(Outcome.ANSWERED, "evidence:calibrated-same-article", 2);
    }

    @Test
    void anotherArticleNeverStandsIn() {
        assertThat(decide(hit("anemia", "Causes", 0.2, true), hit("leukemia", "Symptoms", 1.0, true)))
                .extracting(EvidenceGate.Decision::outcome, EvidenceGate.Decision::rule)
                .containsExactly(Outcome.NOT_IN_LIBRARY, "evidence:calibrated-refused");
    }

    @Test
    void onlyTheNextTwoHitsMayStandIn() {
        assertThat(decide(hit("anemia", "Causes", 0.2, true), hit("anemia", "Outlook", 0.2, true),
                hit("anemia", "Overview", 0.2, true), hit("anemia", "Symptoms", 1.0, true)))
                .extracting(EvidenceGate.Decision::outcome, EvidenceGate.Decision::rule)
                .containsExactly(Outcome.NOT_IN_LIBRARY, "evidence:calibrated-refused");
    }

    @Test
    void theRefusalCarriesTheGatesReadingForTheTrace() {
        CalibratedGate.Reading reading = decide(hit("anemia", "Causes", 0.2, true)).reading();
        assertThat(reading.answers()).isFalse();
        assertThat(reading.contributions()).containsExactly("cov1=0.200(-300.00)");
    }
}
