package org.healthlibrary.assistant.voice;

import org.healthlibrary.assistant.http.ApiException;

/**
 * A request that failed Alexa request verification: answered with 400 and an {@code error}
 * code naming the check that failed. Messages never repeat what the caller sent (they may be
 * logged).
 */
public class VerificationException extends ApiException {

    public VerificationException(String error, String message) {
        super(400, error, message);
    }

    public VerificationException(String error, String message, Throwable cause) {
        this(error, message);
        initCause(cause);
    }
}
