package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The patterns blind round 8 found (issue 16) where the shipped service was wrong, each as a
 * family of wordings written for this test (not the blind messages themselves). Category order:
 * a hand or fist pressed on the chest is chest pain even with blue lips; wheezing or a tight
 * chest with a swelling face after a sting or a food is anaphylaxis (breathing) before the chest
 * tightness; one side of the face numb is a stroke before the thick tongue; stiffening "as a
 * board" then jerking, or twitching in a rhythm, is a seizure before the gurgly breathing or the
 * lack of an answer; a collapse with no pulse felt is unresponsiveness, not a faint; acting drunk
 * with nothing drunk, or in a diabetic, is confusion before the slurring; a knock that left
 * someone unconscious is a head injury; days of a painkiller and then bloody or gritty vomit is
 * a bleed, not a poisoning; black stool with breathlessness is a bleed before the breathlessness.
 * Misses: vomit that "came up red", someone standing on a bridge or a ledge now. Near misses: a
 * clinician's harmless cause for a symptom, "runs in the family", what happens each time an
 * attack hits, someone else's relative who died "so now he's worried", keeping something from
 * coming back, "if my wife started ... what would the midwife do", "nothing like a seizure", a
 * general "is being short of breath ever normal", fainting "from boredom", a dream or nightmare, a
 * fear of choking with tips asked, an ER visit with "everything normal", Spanish "hoy me siento
 * perfecto" and back to normal the same day. Self-harm stays conservative: reported or
 * figurative self-harm still gets the crisis line.
 */
class RoundEightFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    private static RedFlagResult screened(String message) {
        return LabelledSafetySetTest.screenedWithItsFacts(message);
    }

    @ParameterizedTest(name = "{0} -> {1} crisis={2}")
    @CsvSource(delimiter = '|', textBlock = """
            my uncle has his hand pressed against his chest and his lips are going purple           | CHEST_PAIN            | false
            she's got her fist clenched over her chest and her lips look bluish                      | CHEST_PAIN            | false
            dad is sitting with his palm pushed into his chest and his mouth looks blue              | CHEST_PAIN            | false
            grandma has both hands held to her chest and her lips are kind of grey                   | CHEST_PAIN            | false
            ate a cashew at the party and now i'm wheezing and my lips are swelling                  | BREATHING             | false
            a wasp got me on the neck, my chest is tight and my eyes are puffing up                  | BREATHING             | false
            after the shrimp my throat feels tight and my tongue is swollen                          | BREATHING             | false
            my son is wheezy and his whole face is swollen after the peanut butter                   | BREATHING             | false
            got stung on the hand and now my chest feels so tight and i've got hives everywhere      | BREATHING             | false
            left side of my face went numb and my tongue feels fat                                   | STROKE                | false
            one side of his face is drooping and his tongue looks swollen                            | STROKE                | false
            the right side of her face is numb and her tongue feels thick                            | STROKE                | false
            right side of my face just went dead and my tongue feels huge                            | STROKE                | false
            my son went stiff as a plank and then started shaking, his breathing sounds rattly       | SEIZURE               | false
            she went rigid as a board then her arms started jerking, now she's gurgling              | SEIZURE               | false
            his leg has been jerking in a rhythm for 5 minutes and he's not answering                | SEIZURE               | false
            her arm keeps twitching rhythmically and she won't answer me                             | SEIZURE               | false
            mom fell over in the kitchen and i can't find a pulse                                    | UNRESPONSIVE          | false
            he dropped on the court and we couldn't feel any pulse                                   | UNRESPONSIVE          | false
            grandpa collapsed and i cannot feel a pulse                                              | UNRESPONSIVE          | false
            she fainted at the table and i can't feel her pulse now                                  | UNRESPONSIVE          | false
            my son is acting drunk but hasn't touched a drop, he's slurring                           | CONFUSION             | false
            she seems drunk and hasn't had anything all day, she's slurring her words                | CONFUSION             | false
            my type 1 husband is acting drunk and his speech is slurred                              | CONFUSION             | false
            my diabetic mom sounds drunk on the phone and is slurring                                | CONFUSION             | false
            my son was knocked unconscious at rugby and is throwing up                               | HEAD_INJURY_HEADACHE  | false
            he got knocked out in a fight and keeps asking the same question                         | HEAD_INJURY_HEADACHE  | false
            my brother got knocked out cold at hockey, now he's groggy and repeating himself          | HEAD_INJURY_HEADACHE  | false
            i've taken lots of advil for my knee for weeks and now my vomit is like coffee grounds   | VOMITING_BLOOD        | false
            took a bunch of aspirin every day for a month and now i'm throwing up blood              | VOMITING_BLOOD        | false
            he's had a ton of naproxen for his back all week, now he's throwing up gritty black stuff | VOMITING_BLOOD       | false
            my poop is pitch black and i get winded walking to the kitchen                           | BLOODY_OR_BLACK_STOOL | false
            i'm breathless and my stools have turned black                                           | BLOODY_OR_BLACK_STOOL | false
            dad's stool has been coal black and he's short of breath and pale                        | BLOODY_OR_BLACK_STOOL | false
            so dizzy and out of breath and my bowel movements are black                              | BLOODY_OR_BLACK_STOOL | false
            she's been vomiting since morning and now it's coming up red                             | VOMITING_BLOOD        | false
            throwing up all night and the last one came up bloody                                    | VOMITING_BLOOD        | false
            he's been puking and it's come up dark red twice                                         | VOMITING_BLOOD        | false
            i'm sitting on the ledge of my building right now                                        | SELF_HARM             | true
            my dad is standing on the bridge and won't come back                                     | SELF_HARM             | true
            i am up on the railing over the river                                                    | SELF_HARM             | true
            she's standing on the overpass and texted me goodbye                                     | SELF_HARM             | true
            my friend told me she's standing on the bridge right now                                 | SELF_HARM             | true
            """)
    void emergencyFamilies(String message, RedFlagCategory expected, boolean crisis) {
        RedFlagResult result = screened(message);
        assertThat(result.emergency()).as(message).isTrue();
        assertThat(result.category()).as(message + " (rule " + result.ruleId() + ")").isEqualTo(expected);
        assertThat(result.crisis()).as(message + " crisis").isEqualTo(crisis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "the doctor said my palpitations were just anxiety and my ecg was fine, how do i calm down",
            "my pediatrician said his nosebleeds are from dry air, which humidifier is best",
            "the er doctor told me my chest pain was reflux, what foods should i avoid",
            "my grandma says strokes run in our family, should i get checked",
            "dad keeps saying seizures run in the family, is that true",
            "my brother says he gets chest pain whenever his anxiety attacks come on, how do i support him",
            "my roommate says she can't breathe during her panic attacks, what can i do next time",
            "i feel like i can't breathe whenever my anxiety attacks come on, what breathing exercise helps",
            "my husband gets really short of breath when his panic attacks start, how do i talk him down",
            "my coworker told me her uncle dropped dead of a stroke so now i'm scared, what are the signs",
            "my wife told me her dad died of a heart attack at 55 so now she's worried, which tests should she ask for",
            "had a seizure in 2015 from a high fever, how do i keep it from coming back",
            "had a nosebleed that needed packing last spring, how do i stop it from coming back",
            "if my son started having a seizure at school what would the teacher do",
            "if my husband suddenly started bleeding a lot after surgery what would the nurses do",
            "nothing like fainting, i just get a bit woozy when i stand too fast",
            "nothing like a stroke, my face just feels tired after the dentist numbed it, dentist says normal",
            "is feeling faint ever normal when you give blood",
            "is being out of breath ever normal after covid or should i worry",
            "this meeting is so boring i'm going to pass out from boredom",
            "my kid's jokes make me die of laughter every night",
            "had a dream my husband had a stroke, he's fine, it just freaked me out",
            "dreamt my daughter stopped breathing in her crib, checked and she's fine, how do i sleep",
            "i keep having nightmares that i'm bleeding out, how do i stop them",
            "afraid of fainting at the dentist so i avoid going, any tips",
            "scared of choking on big vitamins, how do i swallow them",
            "my chest hurt two days ago, went to urgent care, everything normal, can i exercise",
            "had chest pressure on sunday, the er ran tests, they said muscle strain, can i lift weights",
            "me desmayé el lunes por el calor, hoy me siento bien, qué puedo tomar",
            "mi hijo se desmayó anteayer en la escuela, hoy se siente perfecto",
            "dad was confused this morning from low sugar, had some juice and he's back to normal",
            "my husband was really confused after his insulin this afternoon, ate something and is totally back to himself",
    })
    void nearMissesStayQuiet(String message) {
        RedFlagResult result = screened(message);
        assertThat(result.emergency()).as(message + " (rule " + result.ruleId() + ")").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "the doctor said my chest pain was reflux but now it's crushing and going into my arm",
            "had a nightmare, woke up and now my chest really hurts",
            "she was back to normal after the juice but now she's confused again",
            "nothing helps, i'm having a seizure again",
            "my sister says she can't breathe right now and her lips are blue",
            "mom was confused this morning and is still not back to normal",
            "my sister can't breathe when her panic attacks hit and she's having one right now",
    })
    void whatIsHappeningNowStillCounts(String message) {
        assertThat(screened(message).emergency()).as(message).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my friend says she wants to die because of finals, she means it as a joke      | SELF_HARM
            i'm going to kill myself if this line doesn't move, figuratively              | SELF_HARM
            my son told me he's on the ledge and sorry for everything                     | SELF_HARM
            """)
    void reportedOrFigurativeSelfHarmKeepsTheCrisisLine(String message, RedFlagCategory category) {
        RedFlagResult result = screened(message);
        assertThat(result.category()).as(message).isEqualTo(category);
        assertThat(result.crisis()).as(message).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            had neutropenic fever in 2018 during my chemo, in remission now, is the flu shot ok | false
            my son had a fever with low counts on chemo in 2020, cancer free now, can he play football | false
            i'm in remission now but i have a fever of 101 and chills | true
            in remission now, and since this morning i've been feverish and shaky | true
            """)
    void remissionIsNoPresentCueWhenChemotherapyIsKnown(String message, boolean emergency) {
        assertThat(screen.screen(message, new ClinicalContext(false, true, false)).emergency()).as(message).isEqualTo(emergency);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            had a dream my husband had a heart attack in the car, he's fine                | CHEST_PAIN    | true
            dad was confused this morning from low sugar, had juice and is back to normal   | CONFUSION     | true
            i'm going to pass out from boredom in this waiting room                        | FAINTING      | true
            grandpa is confused this morning and can't find his words                       | CONFUSION     | false
            bloody stool back in june turned out to be a polyp, got it removed, all good since, how do i stop it from coming back | BLOODY_OR_BLACK_STOOL | true
            bumped my head skiing this morning, no headache, already got checked at the urgent care | HEAD_INJURY_HEADACHE | true
            my brother says he can't breathe when his panic attacks hit, what do i say next time | BREATHING | true
            """)
    void theSecondOpinionDoesNotOverruleTheRulesOnFraming(String message, RedFlagCategory category, boolean framedAway) {
        assertThat(screen.framedAway(message, category)).isEqualTo(framedAway);
    }
}
