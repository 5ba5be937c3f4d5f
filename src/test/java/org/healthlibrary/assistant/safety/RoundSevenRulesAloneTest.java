package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The round 7 emergencies only the meaning-based second opinion caught on the first try, each
 * pattern as a family of wordings written for this test, so that the rules alone catch them
 * too (the labelled set requires it): swelling of the face or throat with squeaky or little
 * breaths, a smile on one side only or wrong words coming out, Spanish "no puedo despertarla" and
 * "no abre los ojos", someone who does not react or "won't come to", a collapse "in the shower" or
 * "like a rock", the same question asked many times in minutes, someone who suddenly cannot
 * follow anything said or does not know a name, and Spanish black stool "como chapopote". And
 * their look-alikes, which must stay quiet, with a question about keeping a pet or a child away
 * from pills (a poisoning only once something was swallowed).
 */
class RoundSevenRulesAloneTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my son's lips are swelling up after the peanut cookie and he can only take tiny breaths | BREATHING
            throat is closing up and i'm wheezing after the new antibiotic | BREATHING
            her eyes and lips puffed up fast and now she's making squeaky breaths | BREATHING
            squeaky little breaths and his tongue looks swollen, we just gave the infusion | BREATHING
            dad can't smile on the left side and his arm feels heavy, started 20 min ago | STROKE
            she's talking but the wrong words keep coming out, started at lunch | STROKE
            mom tries to answer and the wrong ones come out, her smile is only on one side | STROKE
            no puedo despertarla, respira pero no contesta | UNRESPONSIVE
            mi esposo no abre los ojos aunque le hablo fuerte | UNRESPONSIVE
            he doesn't react when i pinch his hand or say his name | UNRESPONSIVE
            shook her shoulders and yelled her name but she just lies there | UNRESPONSIVE
            my brother passed out on the couch and won't come to | UNRESPONSIVE
            grandpa collapsed on the kitchen floor a minute ago, he's breathing | FAINTING
            my husband went down in the bathroom just now and hit the sink | FAINTING
            she dropped like a stone in the hallway, she's awake now but pale | FAINTING
            mom has asked me like 10 times in the last hour what day it is, this started today | CONFUSION
            grandpa all of a sudden can't follow a word we say and keeps nodding off | CONFUSION
            my husband went from fine to not recognizing our kids since lunch | CONFUSION
            mi mamá tiene las heces negras y se siente débil | BLOODY_OR_BLACK_STOOL
            está haciendo caca negra como alquitrán desde ayer | BLOODY_OR_BLACK_STOOL
            how do i stop my dog from chewing pills, he just ate three of my oxycodone | POISONING
            i try to keep them away from her but my daughter swallowed 5 of my iron pills | POISONING
            """)
    void theRulesAloneCatchThem(String message, RedFlagCategory category) {
        RedFlagResult r = screen.screen(message);
        assertThat(r.emergency()).as(message).isTrue();
        assertThat(r.category()).as(message).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my platelets dropped like a rock after the second cycle, is that normal
            her white count went down in the hospital and came back up, is that usual
            no puedo despertar temprano por el cansancio de la quimio, es normal
            my husband won't come to my appointments with me, how do i get him to
            i can't follow what the doctor says about my results, can you explain anc
            my face is swollen from the prednisone, is that a side effect
            what does it mean when a stroke patient can't smile on one side
            can i stop my dog from chewing on the pill bottle
            how do we keep the baby away from grandma's pills when she visits
            """)
    void theirLookAlikesStayQuiet(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }
}
