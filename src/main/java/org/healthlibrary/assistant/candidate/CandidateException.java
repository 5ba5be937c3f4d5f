package org.healthlibrary.assistant.candidate;

/**
 * A candidate request that cannot be carried out: malformed (400), naming nothing (404), or not
 * possible in the candidate's state (409). The message says what to do next; it never repeats an
 * article's text.
 */
public class CandidateException extends RuntimeException {

    private final int status;
    private final String code;

    CandidateException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static CandidateException invalid(String code, String message) {
        return new CandidateException(400, code, message);
    }

    static CandidateException conflict(String code, String message) {
        return new CandidateException(409, code, message);
    }

    /** The HTTP-like status: 400, 404 or 409. */
    public int status() {
        return status;
    }

    /** A stable error code, e.g. {@code must_pass_failing}. */
    public String code() {
        return code;
    }
}
