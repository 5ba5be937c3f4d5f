package org.healthlibrary.assistant.answer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.EvidenceGate;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.search.QueryTerms;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.healthlibrary.assistant.search.SearchResult;
import org.junit.jupiter.api.Test;

/** When a question is asked again with the last topic, and how the rule is marked. */
class FollowUpTest {

    private static final Conversation AFTER_PANCYTOPENIA = Conversation.start().about("pancytopenia", "Pancytopenia");
    private static final EvidenceGate.Decision REFUSED = new EvidenceGate.Decision(Outcome.NOT_IN_LIBRARY,
            "evidence:low-coverage");
    private static final SearchResult EMPTY = SearchResult.empty(
            new QueryTerms("q", List.of(), List.of(), Map.of()), QuestionIntent.OTHER);

    @Test
    void aPronounQuestionAfterATopicIsAskedAgainWithItsTitle() {
        assertThat(FollowUp.question("Can it go away?", REFUSED, AFTER_PANCYTOPENIA))
                .contains("Can it go away? Pancytopenia");
        assertThat(FollowUp.question("Can anemia go away?", REFUSED, AFTER_PANCYTOPENIA)).isEmpty();
        assertThat(FollowUp.question("Can it go away?", REFUSED, Conversation.start())).isEmpty();
        assertThat(FollowUp.question("Can it go away?", new EvidenceGate.Decision(Outcome.ANSWERED, "evidence:sufficient",
                0, List.of()), AFTER_PANCYTOPENIA)).isEmpty();
    }

    @Test
    void onlyAnAnsweredRetryCountsAndItsRuleSaysFollowUp() {
        Optional<FollowUp.Retried> answered = FollowUp.retry("Can it go away?", REFUSED, AFTER_PANCYTOPENIA,
                q -> new FollowUp.Retried(EMPTY, new EvidenceGate.Decision(Outcome.ANSWERED, "evidence:sufficient", 0,
                        List.of())));
        assertThat(answered.orElseThrow().decision().rule()).isEqualTo("evidence:sufficient+follow-up");
        assertThat(FollowUp.retry("Can it go away?", REFUSED, AFTER_PANCYTOPENIA,
                q -> new FollowUp.Retried(EMPTY, REFUSED))).isEmpty();
    }
}
