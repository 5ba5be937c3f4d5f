package org.healthlibrary.assistant.answer.compose;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.SafetyNotice;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.PremiseCorrection;

/**
 * The draft for a false premise the library contradicts when no passage answers the question:
 * the correction alone, citing its article's overview. Deterministic; thread-safe.
 */
@ApplicationScoped
public class PremiseDraft {

    private final Overviews overviews;

    public PremiseDraft(Overviews overviews) {
        this.overviews = overviews;
    }

    /** The correction's draft in the conversation {@code state}. */
    public AnswerDraft compose(PremiseCorrection premise, Conversation state) {
        return compose(premise, state, List.of());
    }

    /** The correction's draft, followed by the other notices the safety verdict asks for (a declined dose). */
    public AnswerDraft compose(PremiseCorrection premise, Conversation state, List<SafetyNotice> more) {
        Optional<Passage> overview = overviews.of(premise.articleId());
        List<SafetyNotice> notices = new ArrayList<>();
        notices.add(notice(premise));
        notices.addAll(more);
        return new AnswerDraft(Outcome.ANSWERED, "premise:" + premise.ruleId(), List.copyOf(notices),
                new DraftBody.None(), List.of(), Overviews.cite(overview), null, Overviews.about(state, overview));
    }

    /** The notice for a premise correction. */
    static SafetyNotice.PremiseCorrection notice(PremiseCorrection premise) {
        return new SafetyNotice.PremiseCorrection(premise.ruleId(), premise.correction(), premise.articleId());
    }
}
