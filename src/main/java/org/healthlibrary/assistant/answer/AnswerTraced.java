package org.healthlibrary.assistant.answer;

/**
 * The CDI event fired once per answer when its wording is final (after the stream ended, for a
 * streamed answer). Observers: {@link TraceStore} (memory) and the review package's database recorder. Observers
 * must not block and must never log patient text. Immutable.
 *
 * @param trace how the answer was decided and worded
 */
public record AnswerTraced(AnswerTrace trace) {
}
