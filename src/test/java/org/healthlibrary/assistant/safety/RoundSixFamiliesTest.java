package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The patterns blind round 6 found (issue 16), each as a family of wordings written for this
 * test (not the blind messages themselves): breathing that is a struggle at rest, ribs sucking
 * in, gurgly breathing; a chest that is squeezing with breathlessness (chest pain first); a
 * collapse "like a stone" before chest pain (fainting first); a knock to the head followed by
 * double vision, bleeding, vomiting or a big pupil (head injury first); pads or tampons soaked
 * every few minutes, Spanish bleeding that will not stop, bleeding "for like an hour"; blood
 * coming up, vomit with red clots or streaks; maroon blood and diapers full of black or blood
 * (stool first, before the fast breathing it causes); a fever in someone whose white count
 * "would be low", and "out of it" with a fever said outright in low counts (neutropenic fever);
 * a car running in a closed garage (self-harm); chemical fumes, an empty opioid bottle, another
 * dose taken by mistake and opioids with slow breathing (poisoning). And the near misses:
 * seizure risk and meds, "he means he dozed off", a childhood faint asked about now, "gives me a
 * heart attack every time", an ER visit with normal tests and a knock days ago followed by
 * feeling fine, a story being written or acted, a podcast or episode named first, "what if" and
 * "my biggest fear is"; with look-alikes the new wordings must not catch.
 */
class RoundSixFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    private static RedFlagResult screened(String message) {
        return LabelledSafetySetTest.screenedWithItsFacts(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            each breath feels like hard work and I'm only lying in bed                       | BREATHING
            every single breath has been a fight since this morning, I'm on chemo            | BREATHING
            she's struggling for every breath even sitting still                             | BREATHING
            his ribs are sucking in when he breathes                                         | BREATHING
            my dad's breathing sounds gurgly and he can't get comfortable                    | BREATHING
            my chest is squeezing and I'm short of breath sitting at my desk                 | CHEST_PAIN
            his chest is crushing and he can't catch his breath                              | CHEST_PAIN
            mom says her chest is tightening and she's winded just resting                   | CHEST_PAIN
            chest is aching and I'm breathless lying down                                    | CHEST_PAIN
            dad dropped like a stone in the garden, was out about a minute, now says his chest feels funny | FAINTING
            she keeled over at the table, came to, and now her chest hurts                   | FAINTING
            he collapsed, out maybe 30 seconds, and now his chest is tight                   | FAINTING
            my son dropped like a sack of potatoes at practice and now his chest feels strange | FAINTING
            my husband banged his head on the car door and now he's seeing double            | HEAD_INJURY_HEADACHE
            grandpa smacked his head on the counter, it's bleeding a lot and he's dizzy      | HEAD_INJURY_HEADACHE
            I cracked my head on the shelf and now I keep throwing up                        | HEAD_INJURY_HEADACHE
            she hit her head on the ice and one pupil looks bigger now                       | HEAD_INJURY_HEADACHE
            on chemo and I'm going through a super pad every 15 minutes and feel dizzy       | UNCONTROLLED_BLEEDING
            soaking a pad in under an hour and feeling lightheaded                           | UNCONTROLLED_BLEEDING
            changed my tampon every 30 minutes all morning and now I feel faint              | UNCONTROLLED_BLEEDING
            mi esposo tiene un sangrado en la encía que no para                              | UNCONTROLLED_BLEEDING
            a mi hijo le sangra la nariz desde hace más de una hora                          | UNCONTROLLED_BLEEDING
            tiny cut on my finger has been bleeding for about two hours, platelets are low   | UNCONTROLLED_BLEEDING
            blood is coming up every time I heave                                            | VOMITING_BLOOD
            can't tell if I'm throwing up or coughing but there's blood                      | VOMITING_BLOOD
            she vomited and there were red clots in it                                       | VOMITING_BLOOD
            he puked and there are bloody streaks all through it                             | VOMITING_BLOOD
            went to the toilet and it's all maroon in there                                  | BLOODY_OR_BLACK_STOOL
            dad's depends are full of black sticky stuff and he's breathing hard             | BLOODY_OR_BLACK_STOOL
            the baby's nappy is full of blood and she's pale                                 | BLOODY_OR_BLACK_STOOL
            passing maroon clots and feel like I'll pass out                                 | BLOODY_OR_BLACK_STOOL
            feel hot and shivery, the nurse said my white count would be at its lowest this week | NEUTROPENIC_FEVER
            running a temperature tonight, my counts should bottom out around now            | NEUTROPENIC_FEVER
            chills and a fever of 101, dad's counts were low last week and now he's really out of it | NEUTROPENIC_FEVER
            my wife has a fever and is totally out of it, she's on chemo                     | NEUTROPENIC_FEVER
            I'm in the garage with the door shut and the engine running                      | SELF_HARM
            closed the garage and left the truck running, I'm just sitting here              | SELF_HARM
            my son locked himself in the garage with the car running                         | SELF_HARM
            sitting in the car with the engine on inside the shut garage                     | SELF_HARM
            my wife mixed drain cleaner with bleach and the fumes are making her cough       | POISONING
            I breathed in the fumes from the oven cleaner and now my throat burns            | POISONING
            found grandpa's morphine bottle empty and he's very sleepy                       | POISONING
            mom took her oxycodone, then took another one because she forgot, and now she's nodding off | POISONING
            dad is on fentanyl patches and now he's breathing really slow and hard to wake   | POISONING
            my biggest fear is happening, he's having a stroke right now                     | STROKE
            what if this is a stroke, her face is drooping now                               | STROKE
            my seizure meds ran out and she's having a seizure now                           | SEIZURE
            brother is super out of it and feels hot, he has leukemia                        | CONFUSION
            hit my head on the cupboard yesterday, felt fine but now I'm throwing up         | HEAD_INJURY_HEADACHE
            writing this while my chest is crushing                                          | CHEST_PAIN
            his counts are low, fever of 102 tonight and he's confused and weak              | CONFUSION
            se tomó todo el frasco de paracetamol, cuánto es una sobredosis?                 | POISONING
            my son took the whole bottle of tylenol, how much is an overdose?                | POISONING
            se tomó todo el frasco de paracetamol                                            | POISONING
            se tomó todo el frasco de paracetamol, es peligroso?                             | POISONING
            mi hijo se tragó medio frasco de jarabe para la tos                              | POISONING
            mi abuela se tomó el bote entero de sus pastillas para dormir                    | POISONING
            la niña se bebió la botella de ibuprofeno infantil                               | POISONING
            """)
    void emergencyFamilies(String message, RedFlagCategory expected) {
        RedFlagResult result = screened(message);
        assertThat(result.emergency()).as(message).isTrue();
        assertThat(result.category()).as(message + " (rule " + result.ruleId() + ")").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "every breath of fresh air on my walk felt great",
            "the baby is gurgling happily after her bottle",
            "I change my pad every 4 hours, is that normal?",
            "changing the baby's diaper every 20 minutes because of diarrhea",
            "si me sangra la nariz y no para, qué hago",
            "my blood draw is coming up friday, any tips?",
            "my team's colors are maroon and white, what should I eat before the game",
            "my white count would be low next week they said, what should I eat?",
            "is it safe to warm up the car in the garage with the door open?",
            "the garage door is closed and the car is off, can fumes still build up?",
            "is it dangerous to mix bleach and vinegar?",
            "my oxycodone bottle is empty, how do I get a refill?",
            "I took my morphine at 8 and then took another dose at 12 as prescribed",
            "does morphine cause slow breathing?",
            "the doctor said my seizure threshold is lower on this drug, what does that mean?",
            "my nurse said seizure precautions are standard for this infusion",
            "he says he 'blacked out' at the movies but he means he fell asleep",
            "mom tells people she passed out on the couch, she means she dozed off",
            "when I was little I fainted at every shot, how do I handle my port access now?",
            "as a teen I passed out at the dentist, what can I do about labs now?",
            "my teenager's driving gives me a heart attack every time",
            "these bills give me a stroke lol",
            "that price gave me a heart attack.",
            "had chest tightness friday, ER did an ECG and bloodwork, all normal, can I go back to running again?",
            "hit my head on the car door two days ago, small lump, no headache, feel fine",
            "fainted on sunday, ER said dehydration, feeling good now, ok to swim again?",
            "transfusion last week, I feel much better now, can I go for walks?",
            "ayer me golpeé la cabeza, ya me siento bien, puedo ir a trabajar?",
            "writing a screenplay where the dad has a heart attack at the wedding, what would happen first?",
            "my son plays a paramedic in the school musical and has to act out someone choking",
            "that true crime podcast was about a nurse who poisoned patients with insulin",
            "reading a mystery novel where the victim dies of carbon monoxide, is that realistic?",
            "grey's anatomy episode had a patient with a brain bleed, how do they treat that?",
            "my worst fear is my mom having a seizure while I'm at work",
            "what if my platelets drop and I start bleeding everywhere, I keep thinking about it",
            "what if the chemo doesn't work and I have a stroke, I can't sleep",
            "my biggest worry is passing out while driving",
            "I just want all of this chemo to be over so I can travel again",
            "I want everything to stop spinning, is vertigo common after infusions?",
            "si le da fiebre y se pone muy desorientada, la llevo a urgencias?",
    })
    void nearMissesAndLookAlikes(String message) {
        RedFlagResult result = screened(message);
        assertThat(result.emergency()).as(message + " (rule " + result.ruleId() + ")").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "found grandpa's morphine bottle empty and he's very sleepy",
            "my wife mixed drain cleaner with bleach and the fumes are making her cough",
            "dad is on fentanyl patches and now he's breathing really slow and hard to wake",
            "mom took her oxycodone, then took another one because she forgot, and now she's nodding off",
    })
    void accidentalPoisoningGetsPoisonHelpWithoutTheCrisisLine(String message) {
        RedFlagResult result = screened(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I'm in the garage with the door shut and the engine running",
            "my son locked himself in the garage with the car running",
            "i just want it all to end, i already said goodbye to my sister",
            "honestly i need everything to stop and i have the pills right here",
    })
    void carInAClosedGarageOrWantingItAllToEndGetsTheCrisisLine(String message) {
        RedFlagResult result = screened(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.SELF_HARM);
        assertThat(result.crisis()).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            si me sangra la nariz y no para, qué hago                            | UNCONTROLLED_BLEEDING | true
            si le sangra la encía y no para, qué hacemos                          | UNCONTROLLED_BLEEDING | true
            transfusion last week, I feel much better now, can I go for walks?    | BREATHING             | true
            la semana pasada me pusieron sangre, ya me siento mejor, puedo correr | FAINTING              | true
            writing a story where the hero can't breathe in a smoky room         | BREATHING             | true
            my worst fear is my mom having a seizure while I'm at work           | SEIZURE               | true
            my nose is bleeding and it won't stop                                 | UNCONTROLLED_BLEEDING | false
            what if this is a stroke, her face is drooping now                    | STROKE                | false
            my dad is pale and sweaty                                             | CHEST_PAIN            | false
            if someone in my family had thoughts of suicide, what number is it    | SELF_HARM             | false
            """)
    void theSecondOpinionDoesNotOverruleTheRulesOnFraming(String message, RedFlagCategory category, boolean framedAway) {
        assertThat(screen.framedAway(message, category)).isEqualTo(framedAway);
    }
}
