package org.healthlibrary.assistant.http;

/**
 * Thrown by resources and services to reject a request with a specific status and a message
 * that says what to fix. Mapped to an {@link ApiError} body by {@link ApiExceptionMapper}.
 * The message must never contain what the user sent (it may be logged).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    /** A 400 Bad Request. */
    public static ApiException badRequest(String error, String message) {
        return new ApiException(400, error, message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
