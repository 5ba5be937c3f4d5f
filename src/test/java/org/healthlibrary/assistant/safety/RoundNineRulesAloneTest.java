package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blind round 9 emergencies that only the meaning-based second opinion caught on the first
 * try, or that nothing caught, each pattern as a family of wordings written for this test, so
 * that the rules alone catch them (the labelled set requires it): a chest that "got" tight like a
 * band; a squeak with every breath in, drooling and unable to swallow; mushy words, a mouth "full
 * of marbles", a hand that holds nothing; someone who says the room spins, in a sentence about
 * him now; seizures one after another; landing on one's head, a helmet-to-helmet hit with no
 * memory of the game; bleeding after the tonsils came out, heavy bleeding after a birth in
 * Spanish; a large amount of blood vomited, vomit like coffee grinds; pure blood pooped, red jelly
 * in a diaper, an ostomy bag filling with blood; a fever on an oral chemotherapy; not caring if one
 * bleeds out, goodbye letters tonight, everyone better off, a car running in the garage, pills
 * saved up; a toddler and a detergent pod, an open bottle and nobody knows how many are gone,
 * foraged mushrooms, a drug snorted with blue lips. And their look-alikes, which must stay quiet.
 */
class RoundNineRulesAloneTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            out of nowhere my chest got really heavy and it's going into my left arm | CHEST_PAIN
            his chest got so tight while he was shovelling snow, he's sweating buckets | CHEST_PAIN
            feels like a band squeezing my chest for the last 15 minutes | CHEST_PAIN
            my chest is like a vise tightening and i feel sick | CHEST_PAIN
            my son makes a high pitched noise every time he breathes in and he's burning up | BREATHING
            there's a squeaky sound with each breath in and she won't lie down | BREATHING
            the toddler is drooling and can't swallow and sounds awful | BREATHING
            my daughter is drooling and won't swallow her own spit, sitting forward | BREATHING
            grandpa's words are all mushy since this afternoon | STROKE
            mom sounds like her mouth is full of marbles all of a sudden | STROKE
            my husband can't hold anything in his left hand, it just slips out | STROKE
            her words came out garbled at dinner and she looks confused | STROKE
            dad was fine an hour ago, now he can't stand up, says everything is spinning, seeing double | STROKE
            grandma was ok this morning and now she's weaving when she walks, says her vision is doubled and she is seeing double | STROKE
            my daughter has epilepsy and she's having seizures one after another | SEIZURE
            he's having one after the other and not waking up in between | SEIZURE
            she's not coming back to normal between the fits | SEIZURE
            four seizures in 30 minutes and he's still not awake | SEIZURE
            my brother fell from the roof and landed on his head | HEAD_INJURY_HEADACHE
            she landed right on the back of her head on the ice | HEAD_INJURY_HEADACHE
            my son had a head to head collision in practice and threw up | HEAD_INJURY_HEADACHE
            after the tackle he doesn't remember the game and keeps repeating himself | HEAD_INJURY_HEADACHE
            my daughter had her tonsils out last week and she's spitting up fresh blood | UNCONTROLLED_BLEEDING
            a week after my tonsillectomy there's bleeding in the back of my throat | UNCONTROLLED_BLEEDING
            blood keeps pouring out of his throat since this morning | UNCONTROLLED_BLEEDING
            tengo un sangrado abundante desde que di a luz | UNCONTROLLED_BLEEDING
            mi esposa está empapando las sábanas de sangre | UNCONTROLLED_BLEEDING
            he vomited a large amount of bright red blood in the sink | VOMITING_BLOOD
            my dad threw up a whole bowl of dark blood and clots | VOMITING_BLOOD
            she's throwing up what looks like coffee grinds | VOMITING_BLOOD
            my husband vomited stuff like wet coffee grinds, and his stool is black | VOMITING_BLOOD
            i've pooped straight blood three times since noon | BLOODY_OR_BLACK_STOOL
            he's pooping blood and it's so much, he looks pale | BLOODY_OR_BLACK_STOOL
            my infant's diaper has red jelly stool in it and he's crying in fits | BLOODY_OR_BLACK_STOOL
            the toddler had jelly like poop and keeps drawing his knees up | BLOODY_OR_BLACK_STOOL
            dad's ostomy bag is full of blood | BLOODY_OR_BLACK_STOOL
            my colostomy pouch keeps filling with bright red blood | BLOODY_OR_BLACK_STOOL
            on xeloda and i have a fever tonight with chills | NEUTROPENIC_FEVER
            taking temozolomide, spiked a fever this afternoon | NEUTROPENIC_FEVER
            i sliced my arm and honestly i don't care if i die | SELF_HARM
            i wouldn't even care if i bleed out at this point | SELF_HARM
            i wrote goodbye notes to everyone tonight | SELF_HARM
            everybody would be better off, i'm so tired | SELF_HARM
            my family would all be better off | SELF_HARM
            i'm sitting in the truck in the closed garage and the motor is running | SELF_HARM
            he's in his car in the garage with the engine on and won't open the door | SELF_HARM
            i've been stockpiling my sleeping pills for when i'm done | SELF_HARM
            been saving up my pain pills, might do it tonight | SELF_HARM
            my 3yo got into the laundry pods and is gagging | POISONING
            our 18 month old bit into a dishwasher tablet and is drooling | POISONING
            found my son holding an open pill bottle, some pills are on the floor | POISONING
            grandma's pill bottle is on the floor and i don't know how many are missing | POISONING
            my husband ate mushrooms he found in the woods and now has bad cramps | POISONING
            we ate foraged mushrooms at dinner and now we're both vomiting | POISONING
            my roommate snorted some powder and his lips are turning blue | POISONING
            he took some pills at the party and is barely breathing and won't wake | POISONING
            """)
    void theRulesAloneCatchThem(String message, RedFlagCategory category) {
        RuleFamilies.assertCaught(screen.screen(message), message, category);
    }

    /** Self-harm said or implied gets the crisis line, whatever it is filed under. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "cut my wrist and i don't even care if i bleed out",
            "sitting in my car in my garage with the engine still running",
            "i'm done, i've been hoarding my oxy for weeks",
            "writing goodbye letters now, everyone would be better off",
    })
    void selfHarmGetsTheCrisisLine(String message) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.emergency()).as(message).isTrue();
        assertThat(r.crisis()).as(message + " (rule " + r.ruleId() + ")").isTrue();
    }

    /** A drug overdose or a foraged mushroom gets Poison Help, without the crisis line. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my friend snorted something at the party and now his lips are blue",
            "he smoked something and is breathing really slow",
            "ate some mushrooms we picked in the park and now i'm throwing up",
    })
    void poisoningWithoutCrisis(String message) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.category()).as(message + " (rule " + r.ruleId() + ")").isEqualTo(RedFlagCategory.POISONING);
        assertThat(r.crisis()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my chest got a rash after the new soap, is it an allergy",
            "my toddler has a barking cough at night, any tips for croup",
            "my baby drools a lot, is she teething",
            "i've been whistling a tune all day and my lips hurt",
            "my grandma's mashed potatoes are mushy, how do i fix them",
            "he holds his fork in his left hand, is that a sign of anything",
            "the kids played one game after another all afternoon",
            "i fell asleep on the couch and my neck hurts",
            "had my tonsils out as a kid, can they grow back",
            "my coffee grinder is broken, what grind works for a french press",
            "what does it mean if an ostomy bag looks puffy",
            "i'm saving up for a new car",
            "we'd be better off with a bigger apartment",
            "everyone would be better off with more sleep lol",
            "we picked mushrooms at the farm store, how do i cook them",
            "my cousin ran the car in the garage for a minute to warm it up, is the fumes thing real",
            "is it normal for my toddler to chew on laundry baskets",
    })
    void lookAlikesStayQuiet(String message) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.emergency()).as(message + " (rule " + r.ruleId() + ")").isFalse();
    }
}
