package org.healthlibrary.assistant.answer;

import java.util.List;
import org.healthlibrary.assistant.cbc.CbcReport;

/**
 * A worded answer: the draft as decided, the text the patient reads and the trace. The
 * disclaimer is not part of it: each body kind attaches it once on the way out (see
 * {@code safety.Disclaimed}). Immutable.
 *
 * @param draft  what was decided (outcome, notices, passages, citations, lab report, conversation)
 * @param answer plain text for the patient
 * @param trace  how the answer was decided and worded (staff only)
 */
public record AnswerResult(AnswerDraft draft, String answer, AnswerTrace trace) {

    /** How the message was handled. */
    public Outcome outcome() {
        return draft.outcome();
    }

    /** The passages the answer rests on, main source first (empty when none). */
    public List<Citation> citations() {
        return draft.citations();
    }

    /** The lab report when lab values were interpreted, else {@code null}. */
    public CbcReport cbc() {
        return draft.labReport();
    }

    /**
     * The questions to offer as buttons when the answer offers any (not in the library, lab
     * details needed; empty: the channel's own starter questions), else {@code null}.
     */
    public List<String> suggestions() {
        return draft.offersSuggestions() ? draft.suggestions() : null;
    }

    /** True only for emergency guidance. */
    public boolean emergency() {
        return draft.emergency();
    }

    /** The conversation state after this message. */
    public Conversation conversation() {
        return draft.conversation();
    }
}
