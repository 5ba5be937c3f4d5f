package org.healthlibrary.assistant.feedback;

import java.util.Locale;
import java.util.Optional;

/**
 * Why an answer did not help, chosen from fixed chips (no free text, so no patient words are
 * stored). Wire values ({@code didnt_answer}, ...) are part of the API: never renamed.
 */
public enum Reason {
    /** "Didn't answer my question". */
    DIDNT_ANSWER,
    /** "Hard to understand". */
    HARD_TO_UNDERSTAND,
    /** "Wrong or outdated". */
    WRONG_OR_OUTDATED,
    /** "Other". */
    OTHER;

    /** The value as sent and stored, e.g. {@code didnt_answer}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason for a wire value, or empty when there is none by that exact name. */
    public static Optional<Reason> fromWire(String value) {
        for (Reason r : values()) {
            if (r.wire().equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
