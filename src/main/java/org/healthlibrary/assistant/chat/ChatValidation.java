package org.healthlibrary.assistant.chat;

import java.util.regex.Pattern;
import org.healthlibrary.assistant.http.ApiException;

/**
 * Checks a chat request and says exactly what to fix. Messages never appear in error texts.
 * Stateless.
 */
final class ChatValidation {

    /** The longest message accepted, in characters. */
    static final int MAX_MESSAGE_LENGTH = 2000;
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private ChatValidation() {
    }

    /**
     * The request's message, stripped; throws a 400 when the request cannot be answered. The
     * body and its message are present: Bean Validation on the resource rejected a missing one
     * ({@code missing_body}, {@code missing_message}) before this runs.
     */
    static String message(ChatRequest request) {
        String message = request.message().strip();
        if (message.isEmpty()) {
            throw ApiException.badRequest("blank_message", "The field 'message' is empty: type a question.");
        }
        int length = message.codePointCount(0, message.length());
        if (length > MAX_MESSAGE_LENGTH) {
            throw ApiException.badRequest("message_too_long", "The message has " + length
                    + " characters; the limit is " + MAX_MESSAGE_LENGTH + ". Shorten it or ask one question at a time.");
        }
        if (request.sessionId() != null && !SESSION_ID.matcher(request.sessionId()).matches()) {
            throw ApiException.badRequest("invalid_session_id", "The field 'sessionId' must be the id a previous "
                    + "response returned (1-64 letters, digits, '.', '_' or '-'), or left out to start a new conversation.");
        }
        return message;
    }
}
