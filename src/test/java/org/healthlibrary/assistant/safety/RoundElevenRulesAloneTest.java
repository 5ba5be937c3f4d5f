package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blind round 11 emergencies that only the meaning-based second opinion caught on the first
 * try, or that nothing caught, each pattern as a family of wordings written for this test, so
 * that the rules alone catch them: a dropped final g ("droopin", "clutchin", "sittin"); an
 * emergency told after an unrelated question or in a P.S. (a chest crushed or clamping down and
 * spreading to the neck, jaw or arm, "up came blood", a mouth that keeps filling with blood); a
 * symptom compared with an earlier, dated episode ("the same as before her stent in 2019", "worse
 * than when he had the crisis last year"), whose date is the earlier episode's; a fit that stops
 * and starts again before waking, stiff or rigid and then shaking, twitching down one side with a
 * stare; "went down like a sack of potatoes", "keeled over"; "can't get her up at all, she just
 * moans"; a face gone lopsided, a hand that will not grip with a voice that sounds wrong, an arm
 * asleep that does not wear off; a head butted with sleepiness or vomiting; a sudden headache
 * "like flicking a switch", the worst ever; "number twos" with blood; gone all muddled, thinking
 * it is another year; a temperature said in words with chemotherapy; a week's worth of medicines
 * swallowed (Poison Help), and someone found with an empty bottle who will not say why (with the
 * crisis line). And their look-alikes, which must stay quiet.
 */
class RoundElevenRulesAloneTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my husbands face is droopin on the left and he cant lift his arm                                    | STROKE
            dad is clutchin his chest and sweatin like crazy                                                     | CHEST_PAIN
            feels like a truck is sittin on my chest and im grey                                                  | CHEST_PAIN
            she's gaspin for air and her lips are goin blue                                                       | BREATHING
            random q, can b12 make you tired? also my chest feels crushed since dinner and its going down my left arm | CHEST_PAIN
            is it normal for a chest to feel squeezed and tight like this, its spreading into my jaw              | CHEST_PAIN
            while i have you, my chest keeps clamping down and im clammy                                          | CHEST_PAIN
            question about folic acid. ps mum's face went all lopsided and she can't lift her cup                 | STROKE
            unrelated but i leaned over the toilet and up came blood, dark red                                    | VOMITING_BLOOD
            what foods have b12? oh and my mouth keeps filling with blood since the extraction                    | UNCONTROLLED_BLEEDING
            his chest hurts bad, the same as before his bypass in 2016, and he's grey                             | CHEST_PAIN
            he's slurring his words, worse than when he had his stroke in 2019                                    | STROKE
            my poop is black like tar, same as before my ulcer bled in 2018                                       | BLOODY_OR_BLACK_STOOL
            she had a seizure, it stopped, then it started again before she came round                            | SEIZURE
            his fit ended and then started up again before he woke up                                             | SEIZURE
            my daughter went rigid and shook for about a minute, now she's dazed                                  | SEIZURE
            grandpa went stiff and jerked all over, now he's not making sense                                     | SEIZURE
            the baby keeps jerking on the right side and staring, not responding to me                            | SEIZURE
            twitching down one side and staring at nothing, won't answer me                                       | SEIZURE
            my wife went down like a sack of spuds at the bus stop, she's awake but grey                          | FAINTING
            she keeled over in the garden, she's awake now but grey and sweaty                                     | FAINTING
            she dropped like a stone in the shower and is very pale                                               | FAINTING
            cant get her up at all, she just groans, she's on chemo                                               | UNRESPONSIVE
            we can't get him to wake at all, he only moans                                                        | UNRESPONSIVE
            his mouth has gone lopsided and he's dribbling tea                                                    | STROKE
            my hand won't grip the kettle and my voice sounds slurry                                              | STROKE
            my arm feels asleep but its not wearing off and my face feels odd                                     | STROKE
            my son headbutted the table and now he's drowsy                                                       | HEAD_INJURY_HEADACHE
            she head butted the wall at nursery and has vomited twice                                             | HEAD_INJURY_HEADACHE
            headache came on suddenly like flipping a light switch, the worst i have ever had                    | HEAD_INJURY_HEADACHE
            a headache out of nowhere, worst one ever, on blood thinners                                          | HEAD_INJURY_HEADACHE
            my number twos are full of blood and clots and i feel faint                                           | BLOODY_OR_BLACK_STOOL
            his number 2s have gone black and sticky                                                              | BLOODY_OR_BLACK_STOOL
            grandad's gone all muddled since lunch, he's on chemo                                                 | CONFUSION
            mum thinks it's 1972 and keeps asking for her sister, she's on treatment for her blood               | CONFUSION
            """)
    void theRulesAloneCatchThem(String message, RedFlagCategory category) {
        RuleFamilies.assertCaught(screen.screen(message), message, category);
    }

    /** A temperature said in words, with chemotherapy, is a neutropenic fever. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "she's on chemo and running a hundred and two",
            "had chemo on monday, now his temp is at a hundred and one",
            "my son on chemotherapy hit a hundred and three tonight",
            "thermometer reads a hundred and one, i'm on chemo for lymphoma",
    })
    void aTemperatureInWordsWithChemotherapy(String message) {
        RuleFamilies.assertCaught(screen.screen(message), message, RedFlagCategory.NEUTROPENIC_FEVER);
    }

    @ParameterizedTest(name = "{0} crisis={1}")
    @CsvSource(delimiter = '|', textBlock = """
            i think grandpa has swallowed a week's worth of his heart pills today                        | false
            she took two weeks worth of her blood thinners by the look of the box                        | false
            my dad with dementia had three days' worth of his tablets this morning                       | false
            found my son with an empty bottle of his sleeping pills, he's drowsy and won't say why       | true
            found her next to an empty box of her pain pills, she won't tell me how many or why          | true
            """)
    void poisoningWithPoisonHelp(String message, boolean crisis) {
        RedFlagResult r = screen.screen(message);
        RuleFamilies.assertCaught(r, message, RedFlagCategory.POISONING);
        assertThat(r.crisis()).as(message).isEqualTo(crisis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i had a seizure in 2015, worse than the time before that, none since. is my anemia related?",
            "i fainted in 2012, worse than the time before, and none since. is it the anemia?",
            "my hand can't grip the jar lid since my arthritis flared, could that be low iron?",
            "can't get him up for school, he's a teenager, is that the iron deficiency?",
            "my arm fell asleep last night but it wore off in a minute",
            "the fit of my new jeans is tight, lol, is bloating from iron pills normal",
            "my savings went down like a sack of bricks this year, can stress lower my hemoglobin",
            "the price dropped like a stone, anyway what's a normal ferritin",
            "my kids think it's 1999 when i play my old music lol",
            "is it normal for my chest to feel a bit tight after a cold? no pain anywhere else",
            "my number twos have been a bit dark since starting iron, i feel fine",
            "how much is a week's worth of iron tablets at the pharmacy?",
    })
    void lookAlikesStayQuiet(String message) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.emergency()).as(message + " (rule " + r.ruleId() + ")").isFalse();
    }
}
