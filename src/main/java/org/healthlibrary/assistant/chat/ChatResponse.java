package org.healthlibrary.assistant.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.safety.Disclaimed;

/**
 * The body returned by {@code POST /api/chat}: the stable contract documented in README.md.
 *
 * @param sessionId  the conversation's id (send it back to continue the conversation)
 * @param outcome    how the message was handled
 * @param answer     plain text for the patient
 * @param citations  library passages the answer rests on, main source first
 * @param cbc        the lab report when lab values were interpreted, else null
 * @param emergency  true only for emergency guidance
 * @param disclaimer  the "see your provider" text, attached by the disclaimer gate
 * @param suggestions questions to offer as buttons, only with {@code NOT_IN_LIBRARY} and
 *                    {@code NEEDS_CLARIFICATION} (empty: use the page's starter questions);
 *                    left out of the JSON otherwise
 */
public record ChatResponse(String sessionId, Outcome outcome, String answer, List<Citation> citations, CbcReport cbc,
                           boolean emergency, String disclaimer,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<String> suggestions) implements Disclaimed {

    /** The body of a worded answer in the session {@code sessionId}, disclaimer not yet attached. */
    public static ChatResponse of(String sessionId, AnswerResult r) {
        return new ChatResponse(sessionId, r.outcome(), r.answer(), r.citations(), r.cbc(), r.emergency(), null,
                r.suggestions());
    }

    @Override
    public ChatResponse withDisclaimer(String text) {
        return new ChatResponse(sessionId, outcome, answer, citations, cbc, emergency, text, suggestions);
    }
}
