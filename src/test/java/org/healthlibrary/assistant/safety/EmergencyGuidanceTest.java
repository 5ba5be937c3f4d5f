package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmergencyGuidanceTest {

    @ParameterizedTest
    @EnumSource(RedFlagCategory.class)
    void everyCategoryHasShortPlainWordingThatSaysNotToWait(RedFlagCategory category) {
        String text = SafetyEnglish.emergency(category);
        assertThat(text).contains("911").contains("Do not wait for an answer from this chat.");
        int longest = Arrays.stream(text.split("(?<=[.!?])\\s+")).mapToInt(s -> s.split("\\s+").length).max().orElseThrow();
        assertThat(longest).as("words in the longest sentence").isLessThanOrEqualTo(22);
    }

    @ParameterizedTest
    @EnumSource(value = RedFlagCategory.class, names = {"SELF_HARM", "NEUTROPENIC_FEVER", "POISONING"}, mode = EnumSource.Mode.EXCLUDE)
    void generalEmergenciesSayCall911OrGoToTheEmergencyRoom(RedFlagCategory category) {
        assertThat(SafetyEnglish.emergency(category)).contains(SafetyEnglish.CALL_911);
    }

    @Test
    void selfHarmLeadsWith988() {
        assertThat(SafetyEnglish.emergency(RedFlagCategory.SELF_HARM))
                .contains("call or text 988").contains("Suicide and Crisis Lifeline").contains("call 911")
                .startsWith("You are not alone");
    }

    @Test
    void neutropenicFeverLeadsWithTheCareTeamsUrgentLine() {
        assertThat(SafetyEnglish.emergency(RedFlagCategory.NEUTROPENIC_FEVER))
                .contains("life-threatening")
                .contains("Call your cancer care team's urgent or after-hours line now")
                .contains("go to the emergency room or call 911");
    }

    @Test
    void poisoningLeadsWithPoisonHelpAndSays911WhenUnresponsiveNotBreathingOrSeizing() {
        assertThat(SafetyEnglish.GUIDANCE.forCategory(RedFlagCategory.POISONING))
                .contains("Call Poison Help at 1-800-222-1222 now")
                .contains("If the person is unresponsive, has trouble breathing or has a seizure, call 911")
                .doesNotContain("988");
    }

    @Test
    void theCrisisLineIsAddedToAPoisoningOnlyWhenSelfHarmIsSaidOrImplied() {
        RedFlagResult accidental = RedFlagResult.emergency(RedFlagCategory.POISONING, "child-got-into");
        assertThat(SafetyEnglish.GUIDANCE.forResult(accidental)).isEqualTo(SafetyEnglish.GUIDANCE.forCategory(RedFlagCategory.POISONING));
        assertThat(SafetyEnglish.GUIDANCE.forResult(new RedFlagResult(true, RedFlagCategory.POISONING, "overdosed", true)))
                .contains("1-800-222-1222").contains(SafetyEnglish.GUIDANCE.crisisLine())
                .endsWith("Do not wait for an answer from this chat.");
        assertThat(SafetyEnglish.GUIDANCE.forResult(RedFlagResult.emergency(RedFlagCategory.SELF_HARM, "suicide")))
                .isEqualTo(SafetyEnglish.GUIDANCE.forCategory(RedFlagCategory.SELF_HARM));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> SafetyEnglish.emergency(null));
    }
}
