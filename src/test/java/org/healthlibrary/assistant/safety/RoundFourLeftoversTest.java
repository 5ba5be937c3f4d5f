package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 4's leftovers (issue 16), as families of wordings written for this test: a sudden,
 * thunderclap or worst-ever headache is the headache category ({@link RedFlagCategory#HEAD_INJURY_HEADACHE},
 * whose guidance speaks of "a sudden, severe headache"), not a stroke or another category; and
 * carbon monoxide is poisoning whose guidance says to get everyone into fresh air.
 */
class RoundFourLeftoversTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            worst headache of my life came on all at once
            the headache hit like a thunderclap about an hour ago
            sudden explosive headache out of nowhere, worst i've ever had
            my wife says it's the worst headache she's ever had and it came on in seconds
            thunderclap headache while lifting weights
            sudden severe headache and my neck is stiff
            """)
    void aSuddenWorstEverHeadacheIsTheHeadacheCategory(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.HEAD_INJURY_HEADACHE);
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("a sudden, severe headache");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the carbon monoxide alarm is going off and we all have headaches
            we ran the generator in the garage and now everyone is dizzy and sick
            space heater was on all night and we all woke up with pounding headaches and feel sick
            the furnace was running all night and my kids are dizzy and throwing up
            """)
    void carbonMonoxideGuidanceSaysFreshAir(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(SafetyEnglish.GUIDANCE.forResult(result))
                .contains("get everyone into fresh air. Then call 911 from outside.")
                .contains("1-800-222-1222");
    }
}
