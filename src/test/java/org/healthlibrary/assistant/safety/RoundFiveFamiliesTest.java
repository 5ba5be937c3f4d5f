package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The patterns blind round 5 found (issue 16), each as a family of wordings written for this
 * test (not the blind messages themselves): seizures, unresponsiveness and anaphylaxis in plain
 * words, a Spanish infant's laboured breathing, dusky lips, too breathless to speak, a weight
 * sitting on someone, a faint before chest pain, a sugar reading with confusion, the meningitis
 * triad, a Spanish "sin" before a knock to the head, blood pumping out or coming through a
 * dressing, bright red blood spat after surgery, gritty vomit, a red toilet, overdose plans,
 * dish liquids and a carbon monoxide alarm; and the near misses: handouts and plans, reported
 * words with "what's the difference", years abbreviated, learning about a condition, "if I ever
 * started" and "in case of", how bad something must be, "always means" and side-effect lists,
 * idioms in English and Spanish, a bump followed by a normal day, the news and soaps, and fears
 * of fainting or bleeding at a coming procedure; and look-alikes the new wordings must not catch (a
 * toddler who says few words, a coughing fit, beets, pus through a dressing, blood when brushing).
 */
class RoundFiveFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my wife is on the kitchen floor jerking her arms and legs              | SEIZURE
            he dropped in the hallway and is twitching all over                    | SEIZURE
            she went stiff, bit her tongue and now she's shaking                   | SEIZURE
            my daughter's fits normally last a minute but this fit has been going 6 minutes | SEIZURE
            he's had one after the other without waking up                         | SEIZURE
            before he came to another one started                                  | SEIZURE
            the left side of her body keeps jerking                                | SEIZURE
            my brother fell over jerking his legs and he's not with us             | SEIZURE
            my newborn is floppy and won't react when I pick her up                | UNRESPONSIVE
            grandma went all limp in her chair                                     | UNRESPONSIVE
            I can't tell if my dad is breathing                                    | UNRESPONSIVE
            I don't think the baby is breathing                                    | UNRESPONSIVE
            he doesn't move even when I shake him                                  | UNRESPONSIVE
            after the peanut cookie my throat feels like it is closing off         | BREATHING
            stung by a bee and my tongue is getting huge                           | BREATHING
            her lips went all puffy after the cashews and she sounds hoarse        | BREATHING
            my tongue feels thick and too big for my mouth after the new pill      | BREATHING
            my windpipe feels like its getting smaller since dinner                | BREATHING
            mi hija respira con mucha dificultad y se le hunden las costillas      | BREATHING
            el niño se está poniendo azul                                          | BREATHING
            a mi bebé se le mete el pecho al respirar                              | BREATHING
            mi papá respira con mucho trabajo                                      | BREATHING
            his lips look dusky and he's sleepy                                    | BREATHING
            mom's fingertips are turning purple and she's breathing fast           | BREATHING
            breathing like she just ran up the stairs but she's lying in bed       | BREATHING
            my husband is breathing like he ran a marathon and he's only sitting   | BREATHING
            I can only get out two words at a time and my chest feels tight        | BREATHING
            she can't finish a sentence without stopping, chest is tight           | BREATHING
            he's too out of breath to talk and his chest hurts                     | BREATHING
            can barely say a few words, chest tight, inhaler not helping           | BREATHING
            feels like a truck parked on my chest                                  | CHEST_PAIN
            like an elephant is standing on me and I'm sweating                    | CHEST_PAIN
            feels like a ton of bricks sitting on me, pain into my jaw, short of breath | CHEST_PAIN
            an anvil is pressing on my chest and I can't catch my breath           | CHEST_PAIN
            I passed out at work and now my chest is sore                          | FAINTING
            she fainted in the shower, she's awake but says her chest feels tight  | FAINTING
            me desmayé en el trabajo y ahora me duele el pecho                     | FAINTING
            dad collapsed in the yard, he's talking now but holding his chest      | FAINTING
            his glucose meter reads LO and he's confused and sweaty                | CONFUSION
            her sugar was 550 and she's really drowsy and breathing hard           | CONFUSION
            dexcom says HIGH, my son is groggy and breathing deep and fast         | CONFUSION
            my mom's blood sugar reads over 400 and she's out of it and can't catch her breath | CONFUSION
            my daughter is confused, has a fever and a stiff neck                  | CONFUSION
            he's out of it, slurring a bit, neck is really stiff and he's burning up | CONFUSION
            roommate is disoriented with a temp of 103 and a stiff neck, words slurred | CONFUSION
            she is confused and slurring her words, stiff neck, fever of 102       | CONFUSION
            se cayó sin casco y se golpeó la cabeza, ahora está muy dormido y confundido | HEAD_INJURY_HEADACHE
            mi abuela se cayó sin bastón y se pegó en la cabeza, está desorientada | HEAD_INJURY_HEADACHE
            iba sin cinturón y se dio en la cabeza, está confundido                | HEAD_INJURY_HEADACHE
            sin querer se golpeó la cabeza contra la mesa y está confundida        | HEAD_INJURY_HEADACHE
            the knife slipped and blood is spraying out of his wrist               | UNCONTROLLED_BLEEDING
            blood keeps pulsing out of the cut                                     | UNCONTROLLED_BLEEDING
            it's pumping out blood with every heartbeat                            | UNCONTROLLED_BLEEDING
            blood shooting out of her leg after the fall                           | UNCONTROLLED_BLEEDING
            the biopsy site is bleeding and oozing through the bandage             | UNCONTROLLED_BLEEDING
            blood is seeping through his gauze                                     | UNCONTROLLED_BLEEDING
            it keeps bleeding through the tape on my line                          | UNCONTROLLED_BLEEDING
            her stitches are bleeding, its dripping through the new dressing       | UNCONTROLLED_BLEEDING
            after his tonsillectomy he's spitting bright red blood                 | UNCONTROLLED_BLEEDING
            she keeps spitting up fresh blood since her tonsils came out           | UNCONTROLLED_BLEEDING
            spat out bright red clots after the surgery                            | UNCONTROLLED_BLEEDING
            drooling fresh red blood five days after tonsils out                   | UNCONTROLLED_BLEEDING
            what she threw up looked like wet brown sand                           | VOMITING_BLOOD
            puking stuff that looks like black grit                                | VOMITING_BLOOD
            his vomit looks like dark gravel                                       | VOMITING_BLOOD
            I keep throwing up what looks like dirt                                | VOMITING_BLOOD
            the toilet bowl went bright red after I went                           | BLOODY_OR_BLACK_STOOL
            every time he goes the water in the toilet turns red                   | BLOODY_OR_BLACK_STOOL
            the toilet was all red again this morning                              | BLOODY_OR_BLACK_STOOL
            toilet keeps turning dark red when I go                                | BLOODY_OR_BLACK_STOOL
            mom suddenly doesn't know who I am                                     | CONFUSION
            he can't remember who we are                                           | CONFUSION
            grandpa didn't know who I am when I came in                            | CONFUSION
            she doesn't know who she is                                            | CONFUSION
            """)
    void plainSpokenEmergencies(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).as(screen.explain(message)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm thinking about swallowing every pill in the cabinet
            part of me wants to take the whole bottle tonight
            I keep thinking of taking all my sleeping pills
            honestly considering downing them all
            """)
    void aPlanToSwallowEveryPillGetsTheCrisisLine(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).as(screen.explain(message)).isEqualTo(RedFlagCategory.SELF_HARM);
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my toddler drank dish soap
            she swallowed some fabric softener
            the baby got a mouthful of dishwasher gel
            grandpa drank washing up liquid by mistake
            our CO alarm just went off and the kids feel dizzy
            the carbon monoxide detector started going off and my head is pounding
            co detector is sounding and we're nauseous
            the carbon monoxide alarm went off twice and we all have headaches
            """)
    void dishLiquidsAndACarbonMonoxideAlarmArePoisoning(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).as(screen.explain(message)).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isFalse();
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("1-800-222-1222").doesNotContain("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the clinic promised a fever instructions sheet, can you send it
            where's the fever plan my oncologist mentioned, I'm on chemo
            we were told to keep the fever guidelines on the fridge during chemo, where are they
            is there a fever checklist for chemo patients
            grandmas friend said she had stroke like symptoms but the doctor said migraine, whats the difference
            the daycare said she had a seizure type jerk but the pediatrician says it's normal, how do you tell them apart
            the school nurse said he had some fainting spells but his doctor says it's low sugar, whats the difference
            my aunt said i had a seizure as a baby but mom says it was a fever shiver, what's the difference
            had a brain bleed 5 yrs ago, can I fly
            my son had a concussion last season, is he cleared
            had a seizure 2 yrs back, can I drive now
            I had chest pain with covid last semester, can I run now
            trying to understand what a TIA is
            doing a school report on strokes, what are the main kinds
            I want to learn about febrile seizures before my baby is born
            help me understand vasovagal fainting
            if I ever started coughing up blood, should I go to the ER or call first
            in case of a seizure at school, what should the teacher do
            in the event of a nosebleed that won't stop, do I pinch or tilt
            if my dad ever started slurring, what would that mean
            how bad does chest pain have to be before I call 911
            how long should a nosebleed last before it's an emergency
            how high should a fever get on chemo before I go in
            how long can a seizure last before it's dangerous
            does a headache always mean a brain bleed when your platelets are low?
            does shortness of breath always mean something serious
            is fainting always dangerous
            does black stool always mean bleeding
            almost had a stroke when I saw my bill
            my mom nearly had a heart attack about the price
            casi me da un infarto cuando vi la cuenta
            me van a dar un infarto con tantas facturas jaja
            i completely blanked out during my interview, anyway what are your hours
            blacked out on the chemistry final lol, anyway when do you open
            the leaflet lists seizures as a rare side effect, is it safe
            my new pill mentions fainting as a possible side effect
            side effects include chest pain, should I avoid it?
            the label warns about bleeding, can I still take it with my vitamins
            my daughter hit her head on the table last night, acted normal all day, can she go swimming
            he fell off the couch yesterday and hit his head, behaved totally normally the whole day
            bonked her head this morning, cried, then played normally all afternoon
            my son banged his head at practice, has acted completely fine since, ok to play tomorrow
            heard on the news about a teen who had a stroke from vaping, how common is that?
            read an article about a kid who overdosed on gummies, how much is too much
            vimos en las noticias que a un niño le dio una convulsión, es común?
            en la telenovela el galán tuvo un infarto, eso pasa de verdad?
            scared of fainting at my colonoscopy next week
            worried about bleeding a lot after my tooth extraction tomorrow since i'm on blood thinners
            nervous about passing out during the blood test
            afraid of bleeding too much when they pull my tooth next week
            my toddler can only say a few words, is that normal at two
            the side of my face keeps twitching when I'm tired
            my coughing fit won't stop, it's been going 10 minutes
            the toilet turned red after the beets last night
            pus is seeping through the dressing on my incision
            spitting out fresh blood when I brush my teeth
            can I take all my pills together in the morning
            he doesn't know why he has a fever and a stiff neck
            """)
    void roundFiveNearMissesAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(screen.explain(message)).isFalse();
    }
}
