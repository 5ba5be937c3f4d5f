package org.healthlibrary.assistant.chat;

import java.util.List;
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
 * @param disclaimer the "see your provider" text, attached by the disclaimer gate
 */
public record ChatResponse(String sessionId, Outcome outcome, String answer, List<Citation> citations, CbcReport cbc,
                           boolean emergency, String disclaimer) implements Disclaimed {

    @Override
    public ChatResponse withDisclaimer(String text) {
        return new ChatResponse(sessionId, outcome, answer, citations, cbc, emergency, text);
    }
}
