package org.healthlibrary.assistant.answer;

import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.search.SearchHit;

/**
 * Words an answer from passages the pipeline already retrieved and judged sufficient. The
 * default ({@link ExtractiveWording}) needs no model; model mode supplies another bean. An
 * implementation returns empty when it cannot produce a safe answer (timeout, error, a
 * guardrail rejected it): the pipeline then uses the extractive answer. It never decides the
 * outcome, the citations or the disclaimer; those stay outside it.
 */
public interface AnswerWording {

    /**
     * The answer text, or empty to fall back to the extractive answer.
     *
     * @param request what to word
     */
    Optional<String> word(WordingRequest request);

    /** Short name of the mode, for {@code /api/info} and traces, e.g. {@code extractive}. */
    String mode();

    /**
     * What the wording may use.
     *
     * @param sessionId the conversation (for chat memory)
     * @param question  the patient's message, after the safety screen
     * @param passages  the retrieved passages, best first (all cited by the pipeline)
     * @param labReport the lab report when the message carried lab values, else null
     * @param extractive the extractive answer already composed, for fallback and grounding checks
     */
    record WordingRequest(String sessionId, String question, List<SearchHit> passages, Object labReport,
                          String extractive) {
        public WordingRequest {
            passages = List.copyOf(passages);
        }
    }
}
