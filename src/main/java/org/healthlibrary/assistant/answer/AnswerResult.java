package org.healthlibrary.assistant.answer;

import java.util.List;
import org.healthlibrary.assistant.cbc.CbcReport;

/**
 * What the pipeline decided for one message. The disclaimer is not part of it: the disclaimer
 * gate adds it to every response on the way out.
 *
 * @param outcome      how the message was handled
 * @param answer       plain text for the patient
 * @param citations    the passages the answer rests on, main source first (empty when none)
 * @param cbc          the lab report when lab values were interpreted, else {@code null}
 * @param emergency    true only for emergency guidance
 * @param trace        how the answer was decided (staff only)
 * @param conversation the conversation state after this message
 */
public record AnswerResult(Outcome outcome, String answer, List<Citation> citations, CbcReport cbc,
                           boolean emergency, AnswerTrace trace, Conversation conversation) {

    public AnswerResult {
        citations = List.copyOf(citations);
    }
}
