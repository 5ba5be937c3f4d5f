package org.healthlibrary.assistant.admin;

import org.healthlibrary.assistant.http.ApiException;

/** A client sent too many wrong admin keys: 429 until {@link #retryAfterSeconds()} have passed. */
public class LockedOutException extends ApiException {

    private final long retryAfterSeconds;

    public LockedOutException(long retryAfterSeconds) {
        super(429, "too_many_attempts", "Too many wrong admin keys from this client. Try again in "
                + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the client may try again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
