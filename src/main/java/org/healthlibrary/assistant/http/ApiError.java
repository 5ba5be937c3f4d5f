package org.healthlibrary.assistant.http;

import org.healthlibrary.assistant.safety.Disclaimed;

/**
 * The JSON body of every 4xx/5xx response: a stable machine-readable {@code error} code, a
 * {@code message} that tells the caller what to fix, and the disclaimer (errors of the patient
 * endpoints are responses too, so they carry it like every other body).
 *
 * @param error      short stable code, e.g. {@code message_too_long}
 * @param message    human-readable explanation of what was wrong and how to fix it
 * @param disclaimer the "see your provider" text, filled in by the disclaimer gate
 */
public record ApiError(String error, String message, String disclaimer) implements Disclaimed {

    /** An error whose disclaimer the gate fills in. */
    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }

    @Override
    public ApiError withDisclaimer(String text) {
        return new ApiError(error, message, text);
    }
}
