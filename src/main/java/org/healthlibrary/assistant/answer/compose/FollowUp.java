package org.healthlibrary.assistant.answer.compose;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.EvidenceGate;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * A pronoun follow-up ("can it go away?" after "what is pancytopenia?"): when the gate did not
 * answer a question that points back with a pronoun, it is asked again with the last topic's
 * title added. Stateless and thread-safe.
 */
public final class FollowUp {

    /** Words that point back to the previous topic. */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(it|this|that|these|those|they|them|its)\\b");
    /** Added to the deciding rule of an answer found this way. */
    public static final String RULE_SUFFIX = "+follow-up";

    private FollowUp() {
    }

    /** The question to ask again, when the first decision did not answer and the question points back. */
    public static Optional<String> question(String query, EvidenceGate.Decision first, Conversation state) {
        if (first.outcome() == Outcome.ANSWERED || state.lastArticleTitle() == null
                || !POINTS_BACK.matcher(query).find()) {
            return Optional.empty();
        }
        return Optional.of(query + " " + state.lastArticleTitle());
    }

    /**
     * The retried question's decision when it answers, its rule marked as a follow-up; empty otherwise.
     *
     * @param retry runs retrieval and the gate for a question
     */
    public static Optional<Retried> retry(String query, EvidenceGate.Decision first, Conversation state,
                                         Function<String, Retried> retry) {
        return question(query, first, state).map(retry).filter(r -> r.decision().outcome() == Outcome.ANSWERED)
                .map(r -> new Retried(r.result(), new EvidenceGate.Decision(Outcome.ANSWERED,
                        r.decision().rule() + RULE_SUFFIX, r.decision().hit(), r.decision().cited(), r.decision().reading())));
    }

    /** What retrieval found for the retried question and the gate's decision on it. */
    public record Retried(SearchResult result, EvidenceGate.Decision decision) {
    }
}
