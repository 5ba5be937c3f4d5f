package org.healthlibrary.assistant.answer;

/**
 * A draft with what a wording needs besides it: the question (after the safety screen), the
 * chat session (for model memory; {@code null} for none) and the trace so far. Immutable.
 *
 * @param draft     what was decided
 * @param question  the message the draft answers, with any injection neutralised
 * @param sessionId the chat session, or {@code null}
 * @param trace     how it was decided; its wording part is filled once the wording is final
 */
public record DraftedAnswer(AnswerDraft draft, String question, String sessionId, AnswerTrace trace) {
}
