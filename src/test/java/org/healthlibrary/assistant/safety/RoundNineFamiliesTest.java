package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The framing patterns blind round 9 found (issue 16) where the shipped service was wrong, each as
 * a family of wordings written for this test (not the blind messages themselves). Categories: a
 * lot of blood vomited is vomiting blood before the blood everywhere; vomit like coffee grinds
 * before the black stool; pure blood pooped before the faintness; bleeding after the tonsils came
 * out before anything the second opinion guesses; not caring whether one bleeds out is self-harm
 * before the bleeding; a drug snorted with blue lips is a poisoning before the breathing. Still
 * counted: a subject-less "says" in a sentence about someone now ("now he can't walk, says the
 * room spins"); "what's the point" before despair; a bleed that "is a lot" after a lab value from
 * last week. Near misses: looking "about to pass out" while feeling fine; gibberish in one's
 * sleep; "can I get my vaccines again" after a fever years back; "what would happen if someone
 * drank"; "nearly had a seizure when"; a faint the nurses took care of, all good now; a tabletop
 * game or a TV drama; a fever only imagined, a bleed only dreaded. Self-harm stays conservative.
 */
class RoundNineFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    private static RedFlagResult screened(String message) {
        return LabelledSafetySetTest.screenedWithItsFacts(message);
    }

    @ParameterizedTest(name = "{0} -> {1} crisis={2}")
    @CsvSource(delimiter = '|', textBlock = """
            he just vomited a huge amount of red blood all over the kitchen floor                | VOMITING_BLOOD        | false
            she threw up a load of dark blood everywhere, it's all over the sheets             | VOMITING_BLOOD        | false
            i'm vomiting something like coffee grinds and my stool looks black                 | VOMITING_BLOOD        | false
            she pooped pure blood twice and now feels faint                                   | BLOODY_OR_BLACK_STOOL | false
            passing nothing but blood from my bottom, feel like i'll pass out                  | BLOODY_OR_BLACK_STOOL | false
            my son had his tonsils out 8 days ago and now there's blood in his mouth, lots     | UNCONTROLLED_BLEEDING | false
            cut my arm open and i don't care if i bleed out                                   | SELF_HARM             | true
            i slit my wrist and honestly do not care whether i die                             | SELF_HARM             | true
            my friend smoked something and now his lips are going grey and he barely wakes     | POISONING             | false
            he shot up in the bathroom and now he's breathing really slow, lips blue           | POISONING             | false
            """)
    void categories(String message, RedFlagCategory expected, boolean crisis) {
        RedFlagResult r = screened(message);
        RuleFamilies.assertCaught(r, message, expected);
        assertThat(r.crisis()).as(message).isEqualTo(crisis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "grandpa was fine at breakfast, now he can't walk a straight line, says the room is spinning, slurring his words",
            "my aunt was ok an hour ago, now she's dizzy, says she's seeing double and slurring",
            "what's the point, i'm writing goodbye letters tonight",
            "whats the point anymore, everyone would be better off",
            "on chemo, counts low last week, pooping blood and it's a lot",
            "on chemo, platelets low on monday, passing blood and it's a lot",
    })
    void whatIsHappeningNowStillCounts(String message) {
        RedFlagResult r = screened(message);
        assertThat(r.emergency()).as(message).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my boss said i looked like i was about to pass out at lunch but i feel totally fine",
            "mom said he looked like he was going to faint on stage, he says he's fine, just nervous",
            "my wife says i was talking gibberish in my sleep again, is sleep talking normal",
            "the kids say grandpa talks nonsense while he's asleep, should i worry",
            "i had neutropenic fever on chemo in 2019, when can i start swimming again",
            "got a fever during chemo years ago, can i donate plasma again",
            "what would happen if someone drank antifreeze, asking for a safety class",
            "what would happen if a kid swallowed a button battery, we're baby proofing",
            "i nearly had a heart attack when i saw the hospital bill",
            "i almost had a seizure when my daughter told me she was engaged",
            "passed out at my flu shot this morning, the nurses looked after me, all good now",
            "fainted during my blood test at 9, the staff took care of me, fine now",
            "in my d&d game a player's character is coughing up blood from a poison, what would a healer do",
            "running a tabletop campaign where a character gets shot and bleeds everywhere, how do i narrate it",
            "on grey's anatomy someone had a seizure in the elevator, is that realistic",
            "watching house md, the patient was vomiting blood, how common is that really",
            "i keep imagining getting a fever on the plane during chemo, is flying safe",
            "i dread getting my port flushed, i always think i'm going to bleed everywhere",
    })
    void nearMissesStayQuiet(String message) {
        RedFlagResult r = screened(message);
        assertThat(r.emergency()).as(message + " (rule " + r.ruleId() + ")").isFalse();
    }

    /** The rules' framing keeps the second opinion from overruling them on these near misses. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my sister said i looked like i was about to faint at the wedding, but i'm fine now      | FAINTING
            my husband says i was talking nonsense in my sleep, is that a problem                   | CONFUSION
            she was talking gibberish while she was asleep, totally normal in the morning            | CONFUSION
            what would happen if someone swallowed a battery, just childproofing                     | POISONING
            i keep picturing having a seizure at my wedding, how do i calm down                      | SEIZURE
            in our dnd campaign one of the characters is coughing up blood, what would a medic do    | UNCONTROLLED_BLEEDING
            """)
    void theSecondOpinionIsOverruledOnFraming(String message, RedFlagCategory category) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
        assertThat(screen.framedAway(message, category)).as(message).isTrue();
    }

    /** Self-harm stays conservative: a past or reported attempt next to a crisis line still gets it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "tried to kill myself years ago, now i want to help at a suicide hotline",
            "my cousin said a boy at school wants to die, how do i bring it up with my son",
    })
    void selfHarmStaysConservative(String message) {
        RedFlagResult r = screened(message);
        assertThat(r.emergency()).as(message).isTrue();
        assertThat(r.crisis()).as(message).isTrue();
    }
}
