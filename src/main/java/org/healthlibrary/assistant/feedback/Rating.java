package org.healthlibrary.assistant.feedback;

import java.util.Locale;
import java.util.Optional;

/** A patient's verdict on one answer. Wire values ({@code up}, {@code down}) are part of the API: never renamed. */
public enum Rating {
    /** The answer helped. */
    UP,
    /** The answer did not help. */
    DOWN;

    /** The value as sent and stored: {@code up} or {@code down}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rating for a wire value, or empty when there is none by that exact name. */
    public static Optional<Rating> fromWire(String value) {
        for (Rating r : values()) {
            if (r.wire().equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
