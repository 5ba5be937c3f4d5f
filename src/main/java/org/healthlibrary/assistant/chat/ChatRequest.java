package org.healthlibrary.assistant.chat;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /api/chat}.
 *
 * @param message   the patient's message, 1 to {@link ChatValidation#MAX_MESSAGE_LENGTH} characters; a missing
 *                  one is rejected by Bean Validation ({@code missing_message}), the rest by {@link ChatValidation}
 * @param sessionId optional id of an earlier conversation, as returned in a previous response
 */
public record ChatRequest(@NotNull(message = "{api.missing_message}") String message, String sessionId) {
}
