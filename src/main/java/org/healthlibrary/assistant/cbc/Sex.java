package org.healthlibrary.assistant.cbc;

import java.util.Locale;
import java.util.Optional;

/**
 * The sex used to choose sex-specific reference ranges. {@link #UNKNOWN} is a real value, not
 * an error: ranges then use the women's lower limit for "low" and say so in the report.
 */
public enum Sex {
    MALE,
    FEMALE,
    UNKNOWN;

    /**
     * Parses {@code male} or {@code female} (any case, surrounding blanks ignored).
     *
     * @return the sex, or empty for anything else (including {@code null})
     */
    public static Optional<Sex> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "male" -> Optional.of(MALE);
            case "female" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
