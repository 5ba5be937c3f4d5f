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
 * When the best hit covers too little of the question, one of the next two hits may stand in
 * for it, but only from the same article; otherwise the refusal is the best hit's.
 */
class EvidenceGateStandInTest {

    private static final String QUESTION = "why does anemia make you tired";
    private static final QueryTerms TERMS = new QueryTerms(QUESTION,
            List.of(new QueryTerms.KnownWord("anemia", List.of("anemia"), 3.0, true),
                    new QueryTerms.KnownWord("tired", List.of("tired"), 3.0, false)), List.of(), Map.of());
    private final EvidenceGate gate = new EvidenceGate(0.5);

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
                .containsExactly(Outcome.ANSWERED, "evidence:sufficient", 0);
    }

    @Test
    void aSectionOfTheSameArticleStandsInForABestHitThatCoversTooLittle() {
        assertThat(decide(hit("anemia", "Causes", 0.5 - 1e-9, true), hit("leukemia", "Symptoms", 1.0, true),
                hit("anemia", "Symptoms", 1.0, true)))
                .extracting(EvidenceGate.Decision::outcome, EvidenceGate.Decision::rule, EvidenceGate.Decision::hit)
                .containsExactly(Outcome.ANSWERED, "evidence:sufficient-same-article", 2);
    }

    @Test
    void anotherArticleNeverStandsIn() {
        assertThat(decide(hit("anemia", "Causes", 0.2, true), hit("leukemia", "Symptoms", 1.0, true)))
                .isEqualTo(new EvidenceGate.Decision(Outcome.NOT_IN_LIBRARY, "evidence:low-coverage"));
    }

    @Test
    void onlyTheNextTwoHitsMayStandIn() {
        assertThat(decide(hit("anemia", "Causes", 0.2, true), hit("anemia", "Outlook", 0.2, true),
                hit("anemia", "Overview", 0.2, true), hit("anemia", "Symptoms", 1.0, true)))
                .isEqualTo(new EvidenceGate.Decision(Outcome.NOT_IN_LIBRARY, "evidence:low-coverage"));
    }

    @Test
    void aStandInMustBeAnchoredToo() {
        assertThat(decide(hit("anemia", "Causes", 0.2, false), hit("anemia", "Symptoms", 1.0, false)))
                .isEqualTo(new EvidenceGate.Decision(Outcome.NOT_IN_LIBRARY, "evidence:topic-not-covered"));
    }
}
