package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blind round 8 emergencies that only the meaning-based second opinion caught on the first
 * try, each pattern as a family of wordings written for this test, so that the rules alone catch
 * them too (the labelled set requires it): something tearing through the chest into the back, a
 * band round the chest or ribs running up into the jaw or arm, pain between the shoulder blades
 * with a cold sweat; a baby who keeps stopping breathing; only nonsense when trying to talk, half
 * the vision gone, a limb that does not feel like one's own, a smile where one side moves, things
 * dropping out of one hand; twitching with a fever or with no look or answer, stiff jerks over and
 * over, a second fit straight after the first; going down "like a sack of potatoes" and fading in
 * and out; picking or reaching at the air; a baby who rolled off a table or bed and is not
 * herself, a head that hit a window or the pavement, someone knocked out with symptoms after, a
 * Spanish fall told with a comma before the vomiting; still bleeding through after minutes of
 * pressure, a finger nearly cut off; clots from the bottom; a goodbye text and then no answer; a
 * drink from a bottle that held a household poison, told at length. And their look-alikes, which
 * must stay quiet.
 */
class RoundEightRulesAloneTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a ripping feeling went right through my chest into my back a minute ago | CHEST_PAIN
            it felt like something ripped across his chest and now he's pale and sweating | CHEST_PAIN
            mom says it's like something tore through her chest, came on out of nowhere | CHEST_PAIN
            there's a squeeze around my ribs that runs up into my jaw, been 15 minutes | CHEST_PAIN
            dad says his chest is heavy and it's spreading into his left arm | CHEST_PAIN
            tight feeling across the breastbone moving up to my neck, i'm sweating | CHEST_PAIN
            my wife has an awful ache between her shoulder blades and she's gone clammy and grey | CHEST_PAIN
            sharp pain between my shoulder blades, i'm sweaty and feel like throwing up | CHEST_PAIN
            he keeps rubbing between his shoulderblades and he's in a cold sweat | CHEST_PAIN
            my newborn keeps pausing her breathing and then gasping | BREATHING
            the baby keeps stopping breathing when she sleeps | BREATHING
            our infant stops breathing for like 15 seconds at a time | BREATHING
            my 2 month old baby keeps forgetting to breathe, it's happened 4 times tonight | BREATHING
            she's trying to speak but it's all gibberish and she was fine an hour ago | STROKE
            grandpa tries to answer me and only jumbled words come out | STROKE
            my husband wants to say something but it's made up words, started suddenly | STROKE
            half of his vision went dark on the right side | STROKE
            suddenly half my sight is gone and i feel off balance | STROKE
            my right arm doesn't feel like it's mine anymore and it started 10 minutes ago | STROKE
            mom says her left leg doesn't feel like it belongs to her | STROKE
            when she smiles only the left side goes up | STROKE
            grandma smiled and only one side moves, her speech is off too | STROKE
            my wife kept dropping things out of her left hand this afternoon | STROKE
            my baby has a fever and now her arms are jerking | SEIZURE
            the toddler's legs are twitching and she won't look at me, she's burning up | SEIZURE
            my niece keeps doing these stiff jerks and her lips are blue | SEIZURE
            the infant is making violent jerks over and over | SEIZURE
            he had a fit, came round, and now he's going into another one | SEIZURE
            my husband dropped like a bag of bricks in the garden, he's awake now | FAINTING
            she collapsed like a rag doll at the bus stop | FAINTING
            he went down like a ton of bricks but opened his eyes | FAINTING
            she came to but she keeps fading in and out | FAINTING
            grandpa keeps picking at the air and talking to people who aren't here | CONFUSION
            my mom is grabbing at nothing and doesn't know what's going on | CONFUSION
            dad is reaching for things that aren't there, he has a uti | CONFUSION
            our baby rolled off the bed and has a squishy spot on her head | HEAD_INJURY_HEADACHE
            my 6 month old fell off the couch and is not acting like herself | HEAD_INJURY_HEADACHE
            my toddler tumbled off the changing table and is floppy | HEAD_INJURY_HEADACHE
            my head slammed into the dashboard in the crash and now i'm dizzy | HEAD_INJURY_HEADACHE
            his head hit the pavement when he came off his bike | HEAD_INJURY_HEADACHE
            my daughter's head bounced off the concrete at recess | HEAD_INJURY_HEADACHE
            mi hija se cayó del columpio, ahora está vomitando y muy dormida | HEAD_INJURY_HEADACHE
            mi papá se golpeó con el piso, tiene sueño y está confundido | HEAD_INJURY_HEADACHE
            half an hour of pressure on the cut and it's still bleeding through | UNCONTROLLED_BLEEDING
            15 minutes of firm pressure and it keeps soaking the towel | UNCONTROLLED_BLEEDING
            he cut his thumb almost off with the saw | UNCONTROLLED_BLEEDING
            my fingertip is nearly sliced off from the knife | UNCONTROLLED_BLEEDING
            passing clots from my bottom after my hemorrhoid surgery | BLOODY_OR_BLACK_STOOL
            dad is passing large blood clots from his rectum | BLOODY_OR_BLACK_STOOL
            big clots coming out of my bottom since the biopsy | BLOODY_OR_BLACK_STOOL
            she keeps passing dark clots out of her back passage | BLOODY_OR_BLACK_STOOL
            my brother messaged me goodbye and now he won't answer his phone | SELF_HARM
            my friend posted sorry for everything and she's tried before | SELF_HARM
            my son texted that he loves us and now he's not picking up | SELF_HARM
            she sent a goodbye text and i can't reach her | SELF_HARM
            my son drank out of an old soda can in the shed that had weed killer in it | POISONING
            grandma sipped from the jar on the back porch that had bleach in it | POISONING
            """)
    void theRulesAloneCatchThem(String message, RedFlagCategory category) {
        RuleFamilies.assertCaught(screen.screen(message), message, category);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i tore a muscle in my back lifting boxes last week, what stretches help",
            "the sinus pressure goes up into my jaw every morning, any remedies",
            "my toothache spreads to my jaw at night, can i take ibuprofen",
            "i get a knot between my shoulder blades from sitting at my desk all day",
            "can a wasp sting make your arm swell up for days",
            "my lips swell a little when i eat kiwi, should i see an allergist",
            "how long do babies pause their breathing in normal sleep",
            "my husband snores and sometimes stops breathing for a few seconds at night, is that sleep apnea",
            "my toddler talks nonsense words all day, is that normal at 18 months",
            "half my vision is blurry when my migraine aura starts, it lasts 20 minutes and i've had these for years",
            "my baby does sudden jerks when falling asleep, is that normal",
            "my legs twitch at night when i'm trying to sleep",
            "i can't find my pulse on my wrist when i try to take it, how do i do it",
            "the nurse couldn't find a pulse in my foot, what does that mean",
            "my wifi keeps fading in and out",
            "my stock went down like a rock today lol",
            "i keep seeing bugs on the walls of my apartment, how do i get rid of them",
            "my baby rolled off the bed yesterday, cried for a minute and has been totally fine since",
            "i was knocked out for my colonoscopy, how long until i can drive",
            "the flu knocked me out for a week",
            "i've been taking ibuprofen for my back all week, is that bad for my stomach",
            "my period clots are big, is that normal",
            "black stool from my iron pills, the pharmacist said that's expected",
            "i'm standing on the bridge taking photos of the sunset, is sunscreen enough",
            "my friend said goodbye at the airport and now she isn't answering, she's probably on the plane",
            "i cut my finger with a knife, it stopped after 10 minutes of pressure",
            "how much pressure should i hold on a nosebleed, and for how many minutes",
    })
    void lookAlikesStayQuiet(String message) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.emergency()).as(message + " (rule " + r.ruleId() + ")").isFalse();
    }
}
