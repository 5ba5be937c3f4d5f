package org.healthlibrary.assistant.safety;

import java.util.Objects;

/**
 * The outcome of the red-flag screen for one message: either no red flag ({@link #none()}),
 * or an emergency with its category and the id of the rule that fired (for the trace and for
 * tests; never shown to the user), and whether the crisis line belongs in the guidance.
 * Immutable.
 *
 * @param emergency true when the message must be answered with emergency guidance only
 * @param category  the emergency's category, {@code null} exactly when {@code emergency} is false
 * @param ruleId    the id of the rule that fired, {@code null} exactly when {@code emergency} is false
 * @param crisis    self-harm is said or implied: always true for {@link RedFlagCategory#SELF_HARM}, true
 *                  for a {@link RedFlagCategory#POISONING} that was on purpose or comes with thoughts of
 *                  dying; false for an accidental or unclear overdose and for every non-emergency
 */
public record RedFlagResult(boolean emergency, RedFlagCategory category, String ruleId, boolean crisis) {

    private static final RedFlagResult NONE = new RedFlagResult(false, null, null, false);

    public RedFlagResult {
        if (emergency) {
            Objects.requireNonNull(category, "category of an emergency");
            Objects.requireNonNull(ruleId, "ruleId of an emergency");
            crisis = crisis || category == RedFlagCategory.SELF_HARM;
        } else if (category != null || ruleId != null || crisis) {
            throw new IllegalArgumentException("a non-emergency result has no category, rule or crisis");
        }
    }

    /** A result without the crisis flag (set anyway for self-harm). */
    public RedFlagResult(boolean emergency, RedFlagCategory category, String ruleId) {
        this(emergency, category, ruleId, false);
    }

    /** No red flag. */
    public static RedFlagResult none() {
        return NONE;
    }

    /** An emergency of the given category, found by the given rule. */
    public static RedFlagResult emergency(RedFlagCategory category, String ruleId) {
        return new RedFlagResult(true, category, ruleId, false);
    }

    /** The same emergency with the crisis line added (self-harm said or implied). */
    RedFlagResult withCrisis() {
        return new RedFlagResult(emergency, category, ruleId, true);
    }
}
