package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The patterns blind round 4 found (issue 16), each as a family of wordings written for this
 * test (not the blind messages themselves): seizures, unresponsiveness, confusion, bleeding and
 * vomiting blood in plain words, carbon monoxide and household liquids, intentional overdoses,
 * self-harm said plainly; and the near misses: reported instructions, "will it happen again",
 * suppositions, fears of what may come, questions about a condition's signs, causes and when to
 * call, idioms, scares over the same day, and shows.
 */
class RoundFourFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            her whole body started jerking and she won't answer me              | SEIZURE
            my son's arm is twitching and now he's not responding               | SEIZURE
            grandpa goes stiff and shakes, this is the second time tonight      | SEIZURE
            she was shaking so hard on the couch and then wet herself           | SEIZURE
            he keeps jerking really hard and can't answer me                    | SEIZURE
            my uncle collapsed in the garden and he's not moving                | UNRESPONSIVE
            found my sister on the floor, no response when I shake her          | UNRESPONSIVE
            I can't get my husband to open his eyes                             | UNRESPONSIVE
            the baby is not breathing                                           | UNRESPONSIVE
            she passed out at the store and was out for about a minute, her chest feels tight now | FAINTING
            he went out cold in the parking lot, awake now but pale             | FAINTING
            my dad is seeing people in the room who aren't there                | CONFUSION
            mom has been hallucinating since this afternoon                     | CONFUSION
            she can't tell me what year it is                                   | CONFUSION
            grandma keeps asking me the same thing over and over                | CONFUSION
            he's agitated and confused and keeps pulling at his iv line         | CONFUSION
            my brother is acting drunk but he hasn't had a drink all day        | CONFUSION
            my son got hit in the head by a baseball and now he's slurring      | HEAD_INJURY_HEADACHE
            grandma fell and hit head, on blood thinners                        | HEAD_INJURY_HEADACHE
            my nose bleed has been going 50 minutes                             | UNCONTROLLED_BLEEDING
            pinching my nose didn't help, it's bleeding everywhere              | UNCONTROLLED_BLEEDING
            we held pressure on the cut for ages and it's still bleeding        | UNCONTROLLED_BLEEDING
            she threw up a whole bowl of blood                                  | VOMITING_BLOOD
            I vomited and it was all bright red                                 | VOMITING_BLOOD
            he's been throwing up since lunch and the last one had dark red in it | VOMITING_BLOOD
            there's blood dripping when he goes to the toilet                   | BLOODY_OR_BLACK_STOOL
            my dad keeps going to the toilet and it's just blood                | BLOODY_OR_BLACK_STOOL
            heces negras como alquitrán desde ayer                              | BLOODY_OR_BLACK_STOOL
            this squeezing is going through to my back and I feel sick          | CHEST_PAIN
            my newborn's nostrils are flaring and she's grunting                | BREATHING
            """)
    void plainSpokenEmergencies(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            everyone at home is dizzy and sick and the generator was running in the garage
            our carbon monoxide alarm keeps going off and my head is pounding
            my daughter drank wiper fluid from the garage
            he took all his heart pills at once
            """)
    void carbonMonoxideAndHouseholdLiquidsArePoisoning(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isFalse();
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("1-800-222-1222").doesNotContain("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            she swallowed all her pills because she wants it all to end
            I took a bunch of my pills, I just want everything to be over
            my son took his whole bottle of meds, he's been so depressed
            she took all of her sleeping pills and said she didn't want to be here anymore
            """)
    void anIntentionalOverdoseGetsPoisonHelpAndTheCrisisLine(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isTrue();
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("1-800-222-1222").contains("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I cut myself deliberately and the bleeding won't stop
            he locked himself in his room with a knife after saying goodbye
            I wrote notes for my family so they'll find them after
            I keep thinking about just not waking up tomorrow
            """)
    void selfHarmSaidPlainlyComesFirst(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.SELF_HARM);
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the nurse told my husband chest pain after the port is common, true?
            her heart attack risk is higher on this drug, what should we look for
            the pharmacist said overdosing on iron is dangerous for kids, why
            el doctor dijo que si me da una convulsión vaya a urgencias
            had a seizure last year, will it happen again on the new medicine?
            what would I do if my kid swallowed a battery?
            say my platelets drop and I get a nosebleed that won't stop, then what
            what are the warning signs of a stroke I should know
            when should a nosebleed make me go to the ER
            qué pastillas causan convulsiones
            my aunt fainted at a wedding in the 80s haha, does fainting run in families
            this tax form is giving me a heart attack
            my daughter fell off the swing this morning, cried, and has been fine since
            dad felt faint at the clinic today, they gave him water and he was fine the rest of the day
            on greys anatomy someone collapsed from anemia, is that realistic
            the main character in the movie overdosed on pills, it made me cry
            scared my counts will tank and I'll bleed out
            I worry every chest twinge is a heart attack
            """)
    void roundFourNearMissesAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(screen.explain(message)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            chills and a fever of 101, last chemo was 8 days ago, can I just sleep it off?
            """)
    void aFeverAfterARecentCycleAskedAsAQuestionIsAnEmergency(String message) {
        assertThat(screen.screen(message).category()).isEqualTo(RedFlagCategory.NEUTROPENIC_FEVER);
    }
}
