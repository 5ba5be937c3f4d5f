package org.healthlibrary.assistant.answer;

import java.util.List;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.search.SearchHit;

/**
 * What the pipeline decided for one message, before anything is worded: every channel (chat,
 * stream, voice, the staff console) reads the same draft, and an {@link AnswerWording} turns it
 * into text. Holds no patient-facing sentence of its own: notices are typed, the body is
 * library sentences, a lab report or a reply kind. Immutable.
 *
 * @param outcome      how the message is handled
 * @param rule         the rule that decided it, e.g. {@code evidence:sufficient+premise:...}
 * @param notices      safety notices to put first, in order
 * @param body         what the answer says after the notices
 * @param passages     the passages a wording may use (all cited), main passage first; empty when none
 * @param citations    the citations, main source first
 * @param labReport    the lab report when lab values were interpreted (or an emergency came from
 *                     them), else {@code null}
 * @param conversation the conversation state after this message
 * @param suggestions  questions the library can answer, offered as buttons with a
 *                     {@link #offersSuggestions() not-in-library or clarification} answer (the
 *                     common questions of the article the message names); empty: none known, a
 *                     channel offers its own starter questions
 */
public record AnswerDraft(Outcome outcome, String rule, List<SafetyNotice> notices, DraftBody body,
                          List<SearchHit> passages, List<Citation> citations, CbcReport labReport,
                          Conversation conversation, List<String> suggestions) {

    public AnswerDraft {
        notices = List.copyOf(notices);
        passages = List.copyOf(passages);
        citations = List.copyOf(citations);
        suggestions = List.copyOf(suggestions);
    }

    /** A draft with no suggested questions. */
    public AnswerDraft(Outcome outcome, String rule, List<SafetyNotice> notices, DraftBody body,
                       List<SearchHit> passages, List<Citation> citations, CbcReport labReport,
                       Conversation conversation) {
        this(outcome, rule, notices, body, passages, citations, labReport, conversation, List.of());
    }

    /** True when the answer offers questions to ask instead: not in the library, or lab details needed. */
    public boolean offersSuggestions() {
        return outcome == Outcome.NOT_IN_LIBRARY || outcome == Outcome.NEEDS_CLARIFICATION;
    }

    /** This draft offering {@code questions}. */
    public AnswerDraft withSuggestions(List<String> questions) {
        return new AnswerDraft(outcome, rule, notices, body, passages, citations, labReport, conversation, questions);
    }

    /** True for emergency guidance. */
    public boolean emergency() {
        return outcome == Outcome.EMERGENCY;
    }

    /** This draft with the deciding rule extended, e.g. by {@code +follow-up}. */
    public AnswerDraft withRule(String rule) {
        return new AnswerDraft(outcome, rule, notices, body, passages, citations, labReport, conversation,
                suggestions);
    }

    /** A one-line description for the trace, with no patient text: body kind, notices, citations. */
    public String summary() {
        String kind = body.getClass().getSimpleName();
        if (body instanceof DraftBody.LibrarySentences s) {
            kind += "[" + s.sentences().size() + "]";
        }
        return kind + " notices=" + notices.stream().map(n -> n.getClass().getSimpleName()).toList()
                + " citations=" + citations.size();
    }
}
