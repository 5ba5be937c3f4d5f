package org.healthlibrary.assistant.safety;

import java.util.Objects;

/**
 * The outcome of the red-flag screen for one message: either no red flag ({@link #none()}),
 * or an emergency with its category and the id of the rule that fired (for the trace and for
 * tests; never shown to the user). Immutable.
 *
 * @param emergency true when the message must be answered with emergency guidance only
 * @param category  the emergency's category, {@code null} exactly when {@code emergency} is false
 * @param ruleId    the id of the rule that fired, {@code null} exactly when {@code emergency} is false
 */
public record RedFlagResult(boolean emergency, RedFlagCategory category, String ruleId) {

    private static final RedFlagResult NONE = new RedFlagResult(false, null, null);

    public RedFlagResult {
        if (emergency) {
            Objects.requireNonNull(category, "category of an emergency");
            Objects.requireNonNull(ruleId, "ruleId of an emergency");
        } else if (category != null || ruleId != null) {
            throw new IllegalArgumentException("a non-emergency result has no category or rule");
        }
    }

    /** No red flag. */
    public static RedFlagResult none() {
        return NONE;
    }

    /** An emergency of the given category, found by the given rule. */
    public static RedFlagResult emergency(RedFlagCategory category, String ruleId) {
        return new RedFlagResult(true, category, ruleId);
    }
}
