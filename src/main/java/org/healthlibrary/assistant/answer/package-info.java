/**
 * The answer pipeline: {@link org.healthlibrary.assistant.answer.AnswerService} decides an
 * {@link org.healthlibrary.assistant.answer.AnswerDraft} (red flags and lab values first, then
 * retrieval and the evidence gate, which also chooses the citations), an
 * {@link org.healthlibrary.assistant.answer.AnswerWording} words it, and the trace is fired as
 * {@link org.healthlibrary.assistant.answer.AnswerTraced}. Fixed sentences live in the
 * {@link org.healthlibrary.assistant.answer.AnswerMessages} bundle. No JAX-RS types.
 */
package org.healthlibrary.assistant.answer;
