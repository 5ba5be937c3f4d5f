package org.healthlibrary.assistant.evaluation;

/**
 * A suite request that cannot be carried out: malformed (400), naming nothing (404) or clashing
 * with stored state (409). The message says what to fix and never repeats a case's text.
 */
public class SuiteException extends RuntimeException {

    private final int status;
    private final String code;

    SuiteException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static SuiteException invalid(String code, String message) {
        return new SuiteException(400, code, message);
    }

    /** The HTTP-like status: 400, 404 or 409. */
    public int status() {
        return status;
    }

    /** A stable error code, e.g. {@code invalid_outcome}. */
    public String code() {
        return code;
    }
}
