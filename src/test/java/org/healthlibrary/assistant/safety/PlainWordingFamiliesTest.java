package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The patterns the blind rounds found (issue 16), each as a family of wordings written for
 * this test (not the blind messages themselves): plain-spoken emergencies, poisoning with and
 * without self-harm, reported speech, history, hypotheticals, idioms and Spanish.
 */
class PlainWordingFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what came up was reddish
            there was blood when i threw up
            he puked and it had streaks of red in it
            my vomit looked like used coffee
            I brought up a mouthful of dark red clots
            she threw up twice and the last bit was brown and grainy
            threw up what seemed like a glass of blood
            my son is vomiting and it's all red, he had no red drinks
            vomitó sangre mi papá esta noche
            """)
    void vomitingBloodInPlainWords(String message) {
        assertThat(screen.screen(message).category()).isEqualTo(RedFlagCategory.VOMITING_BLOOD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my grandson swallowed some of my blood pressure pills
            our puppy ate a bunch of my iron tablets
            I accidentally took my evening meds twice
            my wife drank some windshield washer fluid from a soda bottle
            dad took a handful of his sleeping tablets and now he won't wake up
            I think my 2 year old got into the laundry pods
            took three days worth of my pills at once by accident
            I took way too much ibuprofen this week for my back
            she's not sure but she may have taken her warfarin twice today
            mi nieta se tomó unas pastillas de mi bolsa
            """)
    void accidentalPoisoningGetsPoisonHelpWithoutTheCrisisLine(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isFalse();
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("1-800-222-1222").contains("911")
                .doesNotContain("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            she swallowed a whole bottle of aspirin on purpose
            I took a whole pack of sleeping pills because I want to die
            my brother overdosed on his pain meds and left a goodbye note
            he drank bleach after the argument, he said he wanted to end it
            """)
    void poisoningWithSelfHarmSaidOrImpliedAlsoGetsTheCrisisLine(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isTrue();
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("1-800-222-1222").contains("988")
                .endsWith("Do not wait for an answer from this chat.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I've been stockpiling my sleeping pills for a reason
            my daughter told me she wants to hurt herself
            I bought extra tablets to overdose
            id just rather die than do another round
            no quiero vivir más así
            """)
    void selfHarmPlansAndReportsAreACrisis(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.SELF_HARM);
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how much iron would count as an overdose?
            is it possible to overdose on folic acid
            at what point is tylenol an overdose for an adult
            what's the overdose amount of b12
            my neighbour says a stroke can come from anemia
            the leaflet says black stool can be serious, how black is too black
            a friend told me people on chemo can have seizures, is that true
            my cousin said her husband had a heart attack from low iron, how common is that
            back in high school I passed out at a blood drive, can I donate again?
            my mom had a stroke in 2016, is she at risk for anemia
            in the 90s I vomited blood from an ulcer, should I check my iron now?
            what if my daughter has a seizure at school, what do I do
            in case I ever pass out again who do I call
            if his stool turns black after the iron starts, is that an emergency?
            nearly had a heart attack when I opened the bill haha, anyway what's MCV
            my wife almost passed out when she saw the needle lol, anyway how long is a biopsy
            my poop isn't black or red, just hard
            sin fiebre pero con moretones, es normal?
            """)
    void reportedHistoricalHypotheticalAndIdiomaticMentionsAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my husband says his chest hurts                        | CHEST_PAIN
            my mom says she can't breathe                          | BREATHING
            my wife says I'm slurring my words                     | STROKE
            her eyes rolled back and she's foaming at the mouth    | SEIZURE
            he slumped over at the table and won't open his eyes   | UNRESPONSIVE
            my mom is clutching her chest and sweating             | CHEST_PAIN
            the headache hit like a thunderclap an hour ago        | HEAD_INJURY_HEADACHE
            there's blood coming out of my bottom when I go       | BLOODY_OR_BLACK_STOOL
            I came to on the bathroom floor                        | FAINTING
            she was vommitting blood all night                     | VOMITING_BLOOD
            my brother is hurling blood into the toilet            | VOMITING_BLOOD
            her throat feels really tight after the transfusion    | BREATHING
            he keeps bleeding, the cut won't stop after an hour    | UNCONTROLLED_BLEEDING
            my daughter bonked her head and won't stop crying      | HEAD_INJURY_HEADACHE
            he mixed up the pill bottles and took my pain meds     | POISONING
            every morning I hope I don't wake up tomorrow          | SELF_HARM
            me duele mucho el pecho                                | CHEST_PAIN
            mi hijo no responde                                    | UNRESPONSIVE
            se le torció la boca a mi esposo                       | STROKE
            mi papá está confundido y no sabe dónde está           | CONFUSION
            """)
    void plainSpokenAndSpanishEmergencies(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tengo fiebre y estoy en quimio
            mi hija tiene leucemia y le dio fiebre de 38.6
            """)
    void spanishFeverDuringChemotherapy(String message) {
        assertThat(screen.screen(message).category()).isEqualTo(RedFlagCategory.NEUTROPENIC_FEVER);
    }
}
