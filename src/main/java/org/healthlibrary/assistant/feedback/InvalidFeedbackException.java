package org.healthlibrary.assistant.feedback;

/**
 * Feedback that cannot be recorded: a value that is not one of the fixed ones, or a trace id
 * no answer has. Carries a stable error code and a message saying what to send instead (never
 * what was sent). The entry point maps it to a 4xx response.
 */
public class InvalidFeedbackException extends RuntimeException {

    /** Whether the request was malformed or named an answer that is not known. */
    public enum Kind {
        /** A missing or unknown field value. */
        INVALID_VALUE,
        /** The trace id names no known answer. */
        UNKNOWN_TRACE
    }

    private final Kind kind;
    private final String error;

    public InvalidFeedbackException(Kind kind, String error, String message) {
        super(message);
        this.kind = kind;
        this.error = error;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable error code, e.g. {@code invalid_rating}. */
    public String error() {
        return error;
    }
}
