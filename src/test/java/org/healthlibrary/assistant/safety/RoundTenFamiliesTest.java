package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The patterns blind round 10 found (issue 16) where the shipped service was wrong, each as a
 * family of wordings written for this test (not the blind messages themselves). Categories: a
 * seizure seen (stiff then thrashing, eyes rolled back, a face twitching with no way to talk,
 * "fever fits" on chemotherapy) before the unresponsiveness, the speech problem or the fever it
 * brings; passing out before the dark stool or the nosebleed behind it; a hand "asleep" that
 * "won't wake up" is no sleeper; unable to talk in full sentences is breathing, not speech;
 * walking into a door is a head injury; pink vomit before the faintness; floppy with a fever on
 * low counts is neutropenic fever; cutting again is self-harm with the crisis line, before the
 * bleeding; a mixed-up pill organizer or another resident's pills is a poisoning before the
 * drowsiness, and "couldn't take it anymore" beside one adds the crisis line. Still counted:
 * "not a figure of speech", "not joking", "no joke". Near misses: "says I looked like I was
 * having a stroke when I yawned, lol"; "X stroke vs Y stroke"; "would a bleed be more likely",
 * "hypothetically"; "¿y si un día ...?"; no breathlessness at rest but on the stairs; "said her
 * chemo gave her seizures, is that a thing"; an episode a nurse, doctor or dentist saw to that
 * ended ("checked me over", "it was heartburn, not her heart", "stopped for hours"); an old TV
 * episode. A message that opens by asking when to go in ("at what temperature do I take him in")
 * is framed away from the second opinion.
 */
class RoundTenFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    private static RedFlagResult screened(String message) {
        return LabelledSafetySetTest.screenedWithItsFacts(message);
    }

    @ParameterizedTest(name = "{0} -> {1} crisis={2}")
    @CsvSource(delimiter = '|', textBlock = """
            my sister went stiff as a board then started thrashing, now she's breathing loud and i can't wake her       | SEIZURE               | false
            he went rigid on the sofa and then started jerking, now he won't wake up properly                           | SEIZURE               | false
            mi hijo está temblando, tiene los ojos en blanco y no responde                                              | SEIZURE               | false
            her face and arm keep twitching and she can't talk to me while it happens                                   | SEIZURE               | false
            my boy is having one of those fever fits, still shaking, he's on chemo                                      | SEIZURE               | false
            she's in one of those febrile fits and she has leukemia, it's been 6 minutes                                | SEIZURE               | false
            passed out in the bathroom just now, and my poop has been black since monday                                | FAINTING              | false
            my son passed out after his nose bled for ages, he's on the floor and cold                                  | FAINTING              | false
            my daughter with sickle cell suddenly can't walk straight and says her hand went to sleep and won't wake up | STROKE                | false
            whistling every time i breathe out, inhaler does nothing, can't talk in full sentences                      | BREATHING             | false
            my husband keeps losing track of what he's saying since lunch, his nose bled this morning                   | CONFUSION             | false
            i walked into the cupboard door, head throbbing, platelets very low on chemo, now seeing double             | HEAD_INJURY_HEADACHE  | false
            vomited pinkish stuff twice in an hour and i feel faint                                                     | VOMITING_BLOOD        | false
            my son is neutropenic with a temperature of 39, he's floppy and not feeding                                 | NEUTROPENIC_FEVER     | false
            she's on chemo, temp is 38.7 and she's limp and not drinking                                                | NEUTROPENIC_FEVER     | false
            i cut myself again and it's bleeding loads, the dark thoughts are back                                      | SELF_HARM             | true
            cutting myself again since the relapse, it's bleeding heavily                                               | SELF_HARM             | true
            grandpa mixed up his pill organizer and took double of everything, now he's hard to wake                    | POISONING             | false
            my dad got handed another resident's pills by mistake and now he's barely waking up                         | POISONING             | false
            i swallowed all my sleeping tablets because i couldn't take it anymore                                      | POISONING             | true
            took all of my pain pills, i can't take it any more                                                         | POISONING             | true
            """)
    void categories(String message, RedFlagCategory expected, boolean crisis) {
        RedFlagResult r = screened(message);
        RuleFamilies.assertCaught(r, message, expected);
        assertThat(r.crisis()).as(message).isEqualTo(crisis);
    }

    /** Saying it is no figure of speech, or no joke, keeps the emergency. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my dad says his chest is killing him (not a figure of speech) and he's sweating",
            "i'm not joking, my chest is crushing and my arm is numb",
            "her chest is killing her, no joke, and she's pale and clammy",
            "not kidding, it feels like an elephant is sitting on my chest",
    })
    void notAFigureOfSpeechStillCounts(String message) {
        RedFlagResult r = screened(message);
        assertThat(r.emergency()).as(message).isTrue();
        assertThat(screen.framedAway(message, RedFlagCategory.CHEST_PAIN)).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my husband says i looked like i was having a seizure when i sneezed haha, what are the signs though",
            "my sister said i looked like i was having a heart attack when i laughed lol",
            "my son says i looked like i was having a stroke when i yawned, he's kidding but what should i watch for",
            "my friend says i looked like i was having a fit when i danced lol",
            "ischemic stroke vs hemorrhagic stroke, which is more common with low platelets",
            "seizure vs fainting, how do you tell them apart?",
            "heart attack versus panic attack, what's the difference",
            "bleed stroke compared to clot stroke, which is worse with itp",
            "would a brain bleed be more likely if my platelets dropped under 10?",
            "could i have a stroke if my hemoglobin went super high, hypothetically",
            "hypothetically, if my counts were 0 could a scratch make me bleed out?",
            "would a seizure be more likely on this new antibiotic",
            "¿Y si me da una convulsión en el colegio? ¿Qué deben hacer los maestros?",
            "¿Y si algún día mi hijo se desmaya en la escuela?",
            "¿y si un día me sangra la nariz y no para en el avión?",
            "¿Y si me desmayo en el metro por la anemia?",
            "no shortness of breath at rest, only when i climb stairs, is that the low hemoglobin",
            "i'm fine sitting down but get winded walking up hills, is it my iron",
            "not breathless at rest at all, just on the stairs at work, normal with anemia?",
            "no trouble breathing when resting, but i get out of breath carrying groceries",
            "a man in the infusion room said vincristine gave him seizures, is that a thing?",
            "a guy at church said his chemo gave him a stroke, is that really a thing",
            "my neighbour said her blood thinner gave her a brain bleed, is that a thing",
            "a lady in my support group said the transfusion gave her a seizure, is that a known thing",
            "passed out at my blood test this morning, the nurse checked me over and i felt okay after a snack. any tips for next time",
            "mom had chest pain last night, the ER ran tests and it was heartburn, not her heart. what foods help?",
            "my daughter hit her head at school, the school nurse checked her, no concussion, she's playing normally. anything to watch?",
            "heavy bleeding after my biopsy this morning, the doctor packed it and it's been stopped for hours, can i shower",
            "had chest tightness yesterday, urgent care ran an ekg and it was anxiety. can stress make my anemia worse?",
            "big nosebleed at lunch, the nurse packed it and it has stopped for hours now. can i blow my nose tomorrow?",
            "in an old grey's anatomy episode a guy overdosed on tylenol, is that realistic",
            "watched an old er episode where a kid had a seizure from a fever, is that common",
            "in a recent chicago med episode someone bled out from a nosebleed, could that happen with itp",
            "on a house md rerun a woman was vomiting blood from aspirin, is that real",
    })
    void nearMissesStayQuiet(String message) {
        RedFlagResult r = screened(message);
        assertThat(r.emergency()).as(message + " (rule " + r.ruleId() + ")").isFalse();
    }

    /** The rules' framing keeps the second opinion from overruling them on these near misses. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            at what temperature should i take my son in during chemo, 38 or 38.5?                                              | NEUTROPENIC_FEVER
            ¿Cuándo debo llevar a mi hija a urgencias si tiene fiebre en la quimio?                                            | NEUTROPENIC_FEVER
            when should i go to the ER if my platelets are low and i bump my head                                              | HEAD_INJURY_HEADACHE
            ¿Cuándo debo llevar a mi hijo a emergencias si se golpea la cabeza con plaquetas bajas?                            | HEAD_INJURY_HEADACHE
            how long should a nosebleed last before i go to the er with itp                                                    | UNCONTROLLED_BLEEDING
            at what point do i call the oncologist if my temp goes up after chemo                                              | NEUTROPENIC_FEVER
            my sister says i looked like i was having a stroke when i yawned lol, she's joking                                 | STROKE
            could i have a stroke if my hemoglobin went super high, hypothetically                                             | STROKE
            ¿Y si me desmayo en el metro por la anemia?                                                                        | FAINTING
            dad had chest pain last night, the ER checked him and it was reflux, not his heart. does anemia make reflux worse? | CHEST_PAIN
            """)
    void theSecondOpinionIsOverruledOnFraming(String message, RedFlagCategory category) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
        assertThat(screen.framedAway(message, category)).as(message).isTrue();
    }
}
