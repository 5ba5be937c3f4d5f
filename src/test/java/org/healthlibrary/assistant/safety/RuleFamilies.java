package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check the round family tests share for an emergency wording: the screen calls it an
 * emergency of the expected category (the rule that fired is named when it does not).
 */
final class RuleFamilies {

    private RuleFamilies() {
    }

    /** {@code result}, the screen's answer to {@code message}, is an emergency of {@code category}. */
    static void assertCaught(RedFlagResult result, String message, RedFlagCategory category) {
        assertThat(result.emergency()).as(message).isTrue();
        assertThat(result.category()).as(message + " (rule " + result.ruleId() + ")").isEqualTo(category);
    }
}
