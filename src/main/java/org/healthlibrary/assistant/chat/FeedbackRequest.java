package org.healthlibrary.assistant.chat;

/**
 * The body of {@code POST /api/feedback}. Fields are read as text so that a wrong value gets
 * our own message naming the allowed values.
 *
 * @param traceId the answer's {@code X-Trace-Id} (also {@code traceId} in the stream's done event)
 * @param rating  {@code up} or {@code down}
 * @param reason  optional: {@code didnt_answer}, {@code hard_to_understand}, {@code wrong_or_outdated}, {@code other}
 */
public record FeedbackRequest(String traceId, String rating, String reason) {
}
