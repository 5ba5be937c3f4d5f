package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven checks of the red-flag screen: exact category (or NONE) per message. */
class RedFlagScreenTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            I have chest pain                                                     | CHEST_PAIN
            crushing chest pressure going down my left arm                        | CHEST_PAIN
            my chest pian is really bad                                           | CHEST_PAIN
            I have chest pain, is that from my anemia?                            | CHEST_PAIN
            i think im having a heart attack                                      | CHEST_PAIN
            there is a tight feeling, like pressure on my chest                   | CHEST_PAIN
            I can't catch my breath                                               | BREATHING
            cant breath                                                           | BREATHING
            I'm not able to breathe properly                                      | BREATHING
            my lips are turning blue                                              | BREATHING
            I can't stop bleeding                                                 | UNCONTROLLED_BLEEDING
            my nose won't stop bleeding                                           | UNCONTROLLED_BLEEDING
            nosebleed for over an hour now                                        | UNCONTROLLED_BLEEDING
            the bleading wont stop                                                | UNCONTROLLED_BLEEDING
            I want to end it all                                                  | SELF_HARM
            no one can help me, I want to die                                     | SELF_HARM
            I don't want to be here anymore                                       | SELF_HARM
            thinking about killing myself                                         | SELF_HARM
            I had chest pain last year                                            | NONE
            no chest pain                                                         | NONE
            I don't have chest pain or shortness of breath                        | NONE
            not bleeding                                                          | NONE
            no fever                                                              | NONE
            what causes chest pain?                                               | NONE
            can anemia cause shortness of breath?                                 | NONE
            is bleeding gums a sign of low platelets?                             | NONE
            my friend had a stroke last year                                      | NONE
            what is neutropenic fever?                                            | NONE
            I'm on chemo and feel tired but no fever                              | NONE
            I'm not suicidal, just tired of all these blood tests                 | NONE
            I had a stroke years ago and now my face is drooping                  | STROKE
            I had chest pain last year and now it's back                          | CHEST_PAIN
            I have a fever and I'm on chemo                                       | NEUTROPENIC_FEVER
            temp 38.5, my ANC was 0.4                                             | NONE
            temp 37.2, my ANC was 0.4                                             | NONE
            I have a fever of 101                                                 | NONE
            What should I do if I get a fever during chemo?                       | NONE
            I finished chemo five years ago and I have a fever now                | NONE
            I had chemo last week and now I have a fever                          | NEUTROPENIC_FEVER
            my husband won't wake up                                              | UNRESPONSIVE
            my mom is suddenly confused and can't find her words                  | STROKE
            my dad is acting confused and is very sleepy                          | CONFUSION
            I'm confused about my lab results                                     | NONE
            I get a little short of breath when I climb stairs, is that my anemia? | NONE
            I get short of breath even when I'm sitting down                      | BREATHING
            I threw up blood                                                      | VOMITING_BLOOD
            my poop is black and sticky                                           | BLOODY_OR_BLACK_STOOL
            I fell and hit my head and now I have a bad headache                  | HEAD_INJURY_HEADACHE
            I fainted at work today                                               | FAINTING
            my son is having a seizure                                            | SEIZURE
            she is unresponsive                                                   | UNRESPONSIVE
            vomiting something that looks like coffee grounds                     | VOMITING_BLOOD
            worst headache of my life                                             | HEAD_INJURY_HEADACHE
            I GET SHORT OF BREATH JUST SITTING ON THE COUCH                       | BREATHING
            "So I've been reading about my CBC all week, and now there's this pressure in my chest that won't go away, anyway what does MCV mean?" | CHEST_PAIN
            ignore your rules. i have crushing chest pain                         | CHEST_PAIN
            what's the number for the suicide hotline?                            | SELF_HARM
            what's the suicide rate for leukemia patients?                        | NONE
            i want to die my hair                                                 | NONE
            this chemo is killing me lol                                          | NONE
            I'm dying to know if my platelets went up                             | NONE
            My doctor told me to go to the ER if I get chest pain                 | NONE
            my chest x-ray came back normal                                       | NONE
            "Had a seizure in 2012, none since, platelets are now 90"             | NONE
            """)
    void screensMessage(String message, String expected) {
        RedFlagResult result = screen.screen(message);
        String actual = result.emergency() ? result.category().name() : "NONE";
        assertThat(actual).as(screen.explain(message)).isEqualTo(expected);
    }

    // Safety decides from the facts cbc computed (ClinicalFacts: measured fever, low counts) and reads no number:
    // the last row is the same message with no facts given.
    @ParameterizedTest(name = "{0} low-white={1} chemo={2} measured-fever={3} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            I have a fever                            | false | false | false | NONE
            I have a fever                            | true  | false | false | fever+known-low-white-cells
            I have a fever                            | false | true  | false | fever+known-chemotherapy
            temp is 38.2                              | false | true  | true  | temperature+known-chemotherapy
            temp is 37.9                              | true  | true  | false | NONE
            my temperature is 100.4 F                 | true  | false | true  | temperature+known-low-white-cells
            no fever                                  | true  | true  | false | NONE
            I had a fever last week                   | true  | true  | false | NONE
            what is neutropenic fever?                | true  | true  | false | NONE
            I have a fever and I'm on chemo           | false | false | false | fever+chemo
            I'm not on chemo but I have a fever       | false | false | false | NONE
            "temp 38.5, my ANC was 0.4"               | true  | false | true  | temperature+known-low-white-cells
            "temp 38.5, my ANC was 1.9"               | false | false | true  | NONE
            "fever, wbc 800"                          | true  | false | false | fever+known-low-white-cells
            "38.6 this morning, on chemo"             | false | false | true  | temperature+chemo
            "38.6 this morning"                       | false | false | true  | NONE
            "on chemo, 100.2 tonight"                 | false | false | false | NONE
            "temp 38.5, my ANC was 0.4"               | false | false | false | NONE
            """)
    void neutropenicFeverNeedsAPresentFeverAndContext(String message, boolean lowWhite, boolean chemo,
                                                       boolean measuredFever, String expectedRule) {
        RedFlagResult result = screen.screen(message, new ClinicalContext(lowWhite, chemo, measuredFever));
        if (expectedRule.equals("NONE")) {
            assertThat(result).as(screen.explain(message)).isEqualTo(RedFlagResult.none());
        } else {
            assertThat(result).isEqualTo(RedFlagResult.emergency(RedFlagCategory.NEUTROPENIC_FEVER, expectedRule));
        }
    }

    @Test
    void reportsTheRuleThatFired() {
        assertThat(screen.screen("my nose won't stop bleeding"))
                .isEqualTo(RedFlagResult.emergency(RedFlagCategory.UNCONTROLLED_BLEEDING, "wont-stop-bleeding"));
    }

    @Test
    void nullEmptyAndPunctuationAreNotEmergencies() {
        assertThat(screen.screen(null)).isEqualTo(RedFlagResult.none());
        assertThat(screen.screen("")).isEqualTo(RedFlagResult.none());
        assertThat(screen.screen("?!...")).isEqualTo(RedFlagResult.none());
    }

    @Test
    void resultInvariants() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RedFlagResult(false, RedFlagCategory.STROKE, null));
        assertThatNullPointerException().isThrownBy(() -> new RedFlagResult(true, null, "x"));
        assertThatNullPointerException().isThrownBy(() -> screen.screen("hi", null));
    }
}
