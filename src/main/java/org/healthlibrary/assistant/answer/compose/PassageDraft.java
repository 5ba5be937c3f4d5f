package org.healthlibrary.assistant.answer.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerConfig;
import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.EvidenceGate;
import org.healthlibrary.assistant.answer.ExtractiveComposer;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.SafetyNotice;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * The draft for a question the evidence gate let through: the sentences of the main passage
 * that answer it, the passages and citations the gate chose, and the notices (a false premise
 * corrected first, then a declined dose, then the no-diagnosis notice). Deterministic; thread-safe.
 */
@ApplicationScoped
public class PassageDraft {

    private final ExtractiveComposer composer;

    @Inject
    public PassageDraft(AnswerConfig config) {
        this(new ExtractiveComposer(config.maxSentences()));
    }

    /** A composer of drafts with the given sentence chooser (for tests). */
    public PassageDraft(ExtractiveComposer composer) {
        this.composer = composer;
    }

    /**
     * The draft answering from the gate's passages.
     *
     * @param result   what retrieval found (its terms and intent choose the sentences)
     * @param decision an ANSWERED decision of the gate
     * @param verdict  the safety verdict
     * @param state    the conversation before this answer
     */
    public AnswerDraft compose(SearchResult result, EvidenceGate.Decision decision, SafetyVerdict verdict,
                               Conversation state) {
        SearchHit main = decision.cited().getFirst();
        List<String> sentences = composer.sentences(main.passage(), result.terms(), result.intent());
        List<Citation> citations = decision.cited().stream().map(h -> Overviews.cite(h.passage())).toList();
        List<SafetyNotice> notices = new ArrayList<>();
        String rule = decision.rule();
        if (verdict.premiseCorrection().isPresent()) {
            notices.add(PremiseDraft.notice(verdict.premiseCorrection().get()));
            rule += "+premise:" + verdict.premiseCorrection().get().ruleId();
        }
        notices.addAll(Notices.of(verdict));
        return new AnswerDraft(Outcome.ANSWERED, rule, notices, new DraftBody.LibrarySentences(sentences),
                decision.cited(), citations, null, state.about(main.passage().articleId(), main.passage().articleTitle()));
    }
}
