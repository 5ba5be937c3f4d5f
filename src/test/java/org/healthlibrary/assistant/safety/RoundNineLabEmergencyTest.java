package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthlibrary.assistant.cbc.ClinicalFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by blind round 9 (issue 16): a very low platelet count (under 20) with a pounding
 * headache, a change in vision or confusion may be bleeding in the head and is an emergency,
 * in wordings written for this test. A headache with a platelet count that is not very low, and
 * a very low count with no such sign, stay what they were.
 */
class RoundNineLabEmergencyTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    private RedFlagResult screened(String message) {
        ClinicalFacts facts = LabelledSafetySetTest.factsOf(message);
        return screen.screen(message, new ClinicalContext(facts.lowWhiteCells(), false, facts.measuredFever()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "plt 8 today and my head is pounding, everything looks blurry",
            "my platelets were 12 this morning and now i have a bad headache and blurred vision",
            "his platelet count is 5 and he seems confused tonight",
            "i have a headache and double vision, platelets 14 yesterday",
            "mis plaquetas en 9 y tengo dolor de cabeza fuerte",
    })
    void aVeryLowPlateletCountWithHeadacheOrVisionSignsIsAnEmergency(String message) {
        RedFlagResult result = screened(message);
        assertThat(result.emergency()).as(message).isTrue();
        assertThat(result.category()).as(message).isEqualTo(RedFlagCategory.HEAD_INJURY_HEADACHE);
    }

    /**
     * A neutrophil count above the white count is asked about, but a fever with low counts stays
     * a neutropenic fever whichever of the two is mistyped (blind round 10's contradictory pair).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "anc 0.4 and wbc 0.37 today, temp 38.6 and chills",
            "neutrophils 500 and white count 0.4 this morning, now a fever of 101",
            "wbc 0.3 anc 0.35 and i'm running 38.4",
    })
    void aFeverWithAContradictoryLowPairIsStillANeutropenicFever(String message) {
        RedFlagResult result = screened(message);
        assertThat(result.emergency()).as(message).isTrue();
        assertThat(result.category()).as(message).isEqualTo(RedFlagCategory.NEUTROPENIC_FEVER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "platelets 180 and i have a mild headache from the heat",
            "platelets 9 today, no headache, no bleeding, just tired",
            "plt 15 today, what does that mean",
            "platelets 140, is a headache a side effect of my iron pills?",
    })
    void lookAlikesAreNoEmergency(String message) {
        assertThat(screened(message).emergency()).as(message).isFalse();
    }
}
