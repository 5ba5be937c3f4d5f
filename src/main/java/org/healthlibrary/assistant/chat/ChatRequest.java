package org.healthlibrary.assistant.chat;

/**
 * The body of {@code POST /api/chat}.
 *
 * @param message   the patient's message, 1 to {@link ChatValidation#MAX_MESSAGE_LENGTH} characters
 * @param sessionId optional id of an earlier conversation, as returned in a previous response
 */
public record ChatRequest(String message, String sessionId) {
}
