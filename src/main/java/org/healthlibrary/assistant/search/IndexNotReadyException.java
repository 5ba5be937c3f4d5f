package org.healthlibrary.assistant.search;

/** Thrown when a search arrives before the index is open; mapped to 503 by the HTTP layer. */
public class IndexNotReadyException extends RuntimeException {

    public IndexNotReadyException() {
        super("The health library index is not open yet. Try again in a moment.");
    }

    /** With a message for the caller that says why (no paths, no exception text). */
    protected IndexNotReadyException(String message) {
        super(message);
    }
}
