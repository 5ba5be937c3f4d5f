package org.healthlibrary.assistant.answer;

import java.util.List;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.search.SearchHit;

/**
 * Turns a decided draft into the text a patient reads. {@link ExtractiveWording} renders the
 * draft as decided (no model); model mode's bean lets the model reword a library answer's
 * sentences and falls back to the extractive text when it cannot produce a safe answer
 * (timeout, error, a guardrail rejected it), saying why in the {@link WordingTrace}. A wording
 * never changes the outcome, the notices, the citations or the disclaimer.
 */
public interface AnswerWording {

    /** The final text of {@code drafted} and how it was worded. */
    Worded word(DraftedAnswer drafted);

    /** Short name of the mode, for {@code /api/info} and traces, e.g. {@code extractive}. */
    String mode();

    /**
     * What a model wording may use.
     *
     * @param sessionId  the conversation (for chat memory)
     * @param question   the patient's message, after the safety screen
     * @param passages   the retrieved passages, best first (all cited by the pipeline)
     * @param labReport  the draft's lab report, else null
     * @param extractive the extractive body text, for fallback and grounding checks
     */
    record WordingRequest(String sessionId, String question, List<SearchHit> passages, CbcReport labReport,
                          String extractive) {
        public WordingRequest {
            passages = List.copyOf(passages);
        }

        /** The request for a drafted answer whose body the extractive wording renders as {@code extractive}. */
        public static WordingRequest of(DraftedAnswer drafted, String extractive) {
            return new WordingRequest(drafted.sessionId(), drafted.question(), drafted.draft().passages(),
                    drafted.draft().labReport(), extractive);
        }
    }
}
