package org.healthlibrary.assistant.answer.compose;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.EvidenceGate;
import org.healthlibrary.assistant.answer.ExtractiveComposer;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * The draft for a comparison of two library topics that the best passage does not compare (it
 * compares another pair, or the gate found none): each topic's overview lead, side by side,
 * citing both, after the verdict's dose and diagnosis notices. Deterministic; thread-safe.
 */
@ApplicationScoped
public class ComparisonDraft {

    /** The rule that decides such a draft. */
    public static final String RULE = "comparison:overviews";
    /** Sentences of each overview. */
    static final int OVERVIEW_SENTENCES = 2;

    private final LibraryIndex index;
    private final Overviews overviews;

    public ComparisonDraft(LibraryIndex index, Overviews overviews) {
        this.index = index;
        this.overviews = overviews;
    }

    /**
     * The comparison's draft; empty when the question is no comparison, names fewer than two
     * topics (or their overviews are missing), the message is out of scope or names an unknown
     * medical term, or the passage the gate chose already compares exactly the named topics.
     */
    public Optional<AnswerDraft> compose(String question, SearchResult result, EvidenceGate.Decision decision,
                                         SafetyVerdict verdict, Conversation state) {
        if (result.intent() != QuestionIntent.COMPARISON || decision.outcome() == Outcome.OUT_OF_SCOPE
                || decision.rule().equals(EvidenceGate.UNKNOWN_MEDICAL_TERM)) {
            return Optional.empty();
        }
        Library library = index.library();
        List<Article> named = ComparedTopics.named(question, library);
        if (named.size() < 2 || decision.outcome() == Outcome.ANSWERED
                && ComparedTopics.headingsName(result.hits().get(decision.hit()).passage(), named, library)) {
            return Optional.empty();
        }
        List<Passage> found = new ArrayList<>();
        for (Article a : named.subList(0, 2)) {
            overviews.of(a.id()).ifPresent(found::add);
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        List<DraftBody.Comparison.Topic> topics = found.stream()
                .map(p -> new DraftBody.Comparison.Topic(p.articleTitle(), ExtractiveComposer.lead(p.text(),
                        OVERVIEW_SENTENCES)))
                .toList();
        Passage first = found.getFirst();
        return Optional.of(new AnswerDraft(Outcome.ANSWERED, RULE, Notices.of(verdict), new DraftBody.Comparison(topics),
                List.of(), found.stream().map(Overviews::cite).toList(), null,
                state.about(first.articleId(), first.articleTitle())));
    }
}
