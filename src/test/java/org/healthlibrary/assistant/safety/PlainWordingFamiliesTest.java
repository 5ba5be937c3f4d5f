package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The patterns the blind rounds found (issue 16), each as a family of wordings written for
 * this test (not the blind messages themselves): plain-spoken emergencies, poisoning with and
 * without self-harm, reported speech, history, hypotheticals, idioms and Spanish.
 */
class PlainWordingFamiliesTest {

    private final RedFlagScreen screen = RedFlagScreen.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what came up was reddish
            there was blood when i threw up
            he puked and it had streaks of red in it
            my vomit looked like used coffee
            I brought up a mouthful of dark red clots
            she threw up twice and the last bit was brown and grainy
            threw up what seemed like a glass of blood
            my son is vomiting and it's all red, he had no red drinks
            vomitó sangre mi papá esta noche
            """)
    void vomitingBloodInPlainWords(String message) {
        assertThat(screen.screen(message).category()).isEqualTo(RedFlagCategory.VOMITING_BLOOD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my grandson swallowed some of my blood pressure pills
            our puppy ate a bunch of my iron tablets
            I accidentally took my evening meds twice
            my wife drank some windshield washer fluid from a soda bottle
            dad took a handful of his sleeping tablets and now he won't wake up
            I think my 2 year old got into the laundry pods
            took three days worth of my pills at once by accident
            I took way too much ibuprofen this week for my back
            she's not sure but she may have taken her warfarin twice today
            mi nieta se tomó unas pastillas de mi bolsa
            """)
    void accidentalPoisoningGetsPoisonHelpWithoutTheCrisisLine(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isFalse();
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("1-800-222-1222").contains("911")
                .doesNotContain("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            she swallowed a whole bottle of aspirin on purpose
            I took a whole pack of sleeping pills because I want to die
            my brother overdosed on his pain meds and left a goodbye note
            he drank bleach after the argument, he said he wanted to end it
            """)
    void poisoningWithSelfHarmSaidOrImpliedAlsoGetsTheCrisisLine(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isTrue();
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("1-800-222-1222").contains("988")
                .endsWith("Do not wait for an answer from this chat.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I've been stockpiling my sleeping pills for a reason
            my daughter told me she wants to hurt herself
            I bought extra tablets to overdose
            id just rather die than do another round
            no quiero vivir más así
            """)
    void selfHarmPlansAndReportsAreACrisis(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.SELF_HARM);
        assertThat(SafetyEnglish.GUIDANCE.forResult(result)).contains("988");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how much iron would count as an overdose?
            is it possible to overdose on folic acid
            at what point is tylenol an overdose for an adult
            what's the overdose amount of b12
            my neighbour says a stroke can come from anemia
            the leaflet says black stool can be serious, how black is too black
            a friend told me people on chemo can have seizures, is that true
            my cousin said her husband had a heart attack from low iron, how common is that
            back in high school I passed out at a blood drive, can I donate again?
            my mom had a stroke in 2016, is she at risk for anemia
            in the 90s I vomited blood from an ulcer, should I check my iron now?
            what if my daughter has a seizure at school, what do I do
            in case I ever pass out again who do I call
            if his stool turns black after the iron starts, is that an emergency?
            nearly had a heart attack when I opened the bill haha, anyway what's MCV
            my wife almost passed out when she saw the needle lol, anyway how long is a biopsy
            my poop isn't black or red, just hard
            sin fiebre pero con moretones, es normal?
            """)
    void reportedHistoricalHypotheticalAndIdiomaticMentionsAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my husband says his chest hurts                        | CHEST_PAIN
            my mom says she can't breathe                          | BREATHING
            my wife says I'm slurring my words                     | STROKE
            her eyes rolled back and she's foaming at the mouth    | SEIZURE
            he slumped over at the table and won't open his eyes   | UNRESPONSIVE
            my mom is clutching her chest and sweating             | CHEST_PAIN
            the headache hit like a thunderclap an hour ago        | HEAD_INJURY_HEADACHE
            there's blood coming out of my bottom when I go       | BLOODY_OR_BLACK_STOOL
            I came to on the bathroom floor                        | FAINTING
            she was vommitting blood all night                     | VOMITING_BLOOD
            my brother is hurling blood into the toilet            | VOMITING_BLOOD
            her throat feels really tight after the transfusion    | BREATHING
            he keeps bleeding, the cut won't stop after an hour    | UNCONTROLLED_BLEEDING
            my daughter bonked her head and won't stop crying      | HEAD_INJURY_HEADACHE
            he mixed up the pill bottles and took my pain meds     | POISONING
            every morning I hope I don't wake up tomorrow          | SELF_HARM
            me duele mucho el pecho                                | CHEST_PAIN
            mi hijo no responde                                    | UNRESPONSIVE
            se le torció la boca a mi esposo                       | STROKE
            mi papá está confundido y no sabe dónde está           | CONFUSION
            """)
    void plainSpokenAndSpanishEmergencies(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tengo fiebre y estoy en quimio
            mi hija tiene leucemia y le dio fiebre de 38.6
            """)
    void spanishFeverDuringChemotherapy(String message) {
        assertThat(screen.screen(message).category()).isEqualTo(RedFlagCategory.NEUTROPENIC_FEVER);
    }

    // --- blind round 2 patterns (new wordings, not the round 2 messages) -----------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my wife passed out on sunday, the paramedics checked her and said it was low blood sugar, she's fine now. could anemia play a part?
            I threw up blood last week, they did a scope at the hospital and found nothing serious. what should I eat now?
            he had a seizure at the weekend, the ER sent him home and he's doing well. does low iron cause seizures?
            had bad chest pain on thursday, urgent care did an ecg and it was normal. should my hgb of 10 worry me?
            my nose bled for two hours saturday and the ER cauterized it, all good now. how do I keep it from happening?
            """)
    void emergenciesAlreadySeenToAndOverAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            went to the ER for chest pain yesterday and they said it was fine, but now the chest pain is back and worse | CHEST_PAIN
            they sent me home from the hospital this morning but I'm still vomiting blood                             | VOMITING_BLOOD
            the ER said it was nothing serious yesterday and now he's having another seizure                          | SEIZURE
            """)
    void anEpisodeThatIsNotOverStaysAnEmergency(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            watching a documentary where a man collapsed from a brain bleed, how do platelets prevent that?
            in the novel I'm reading the heroine has a stroke at 30, can young people have strokes?
            on grey's anatomy a patient had a seizure during a transfusion, does that happen?
            saw a youtube video where a guy passed out giving blood, is that common?
            """)
    void showsBooksAndPostsAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I was watching a movie when my chest started hurting really bad        | CHEST_PAIN
            reading a book and suddenly I passed out for a few seconds            | FAINTING
            """)
    void anEmergencyWhileWatchingOrReadingStaysAnEmergency(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm nervous I'll faint at my blood draw tomorrow, any tips?
            she is terrified she could have a seizure on the flight next week
            would she pass out if her hemoglobin dropped to 7?
            will my dad bleed a lot at his dental surgery with platelets of 70?
            if my son hits his head at football practice, would we even notice a bleed?
            what do I do if a cut won't stop bleeding? nothing is bleeding now, I just want to be ready
            let's say my daughter swallowed a few of my iron tablets, what would happen?
            """)
    void fearsAndQuestionsAboutWhatMayHappenAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            if he swallowed some of the bleach, what do I do?                | POISONING
            I'm scared I'm going to pass out right now, everything is spinning | FAINTING
            """)
    void anIfOrAFearAboutNowStaysAnEmergency(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my coworker's son had a seizure from a high fever, are febrile seizures dangerous?
            a lady at my church passed out from low iron, how low does hemoglobin get before that?
            my uncle died from a stroke, is polycythemia hereditary?
            my mother-in-law keeps telling people I'll have a stroke from my high platelets, is she right?
            my husband always says 'I can't breathe' when he's overwhelmed, but he means he's stressed
            """)
    void someoneElsesPastAndClaimsNotMeantLiterallyAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            my neighbor's kid just collapsed in our yard and isn't breathing        | UNRESPONSIVE
            she knows what she wants to say but the wrong words come out           | STROKE
            his speech comes out as gibberish since this morning                   | STROKE
            I've saved enough sleeping pills to not wake up                        | SELF_HARM
            swallowed 3 extra of my blood thinner pills by accident, is that bad?  | POISONING
            black tarry stool even though I'm on iron, and I feel dizzy            | BLOODY_OR_BLACK_STOOL
            """)
    void plainSpokenEmergenciesOfRoundTwo(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my stool has gone dark green-black since the ferrous sulfate started, otherwise I feel great
            black poop on iron pills, is that normal?
            """)
    void darkStoolPutDownToIronWithoutAlarmWordsIsNotAnEmergency(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }

    // --- blind round 3 patterns (new wordings, not the round 3 messages) -----------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            she had her infusion an hour ago and now her tongue is swelling up fast        | BREATHING
            the pulse ox on his finger reads 86 and he looks grey                          | BREATHING
            my son went rigid and then started jerking, he's on the kitchen floor           | SEIZURE
            her hand and face keep twitching and it won't stop, going 7 minutes now        | SEIZURE
            dad put his keys in the microwave and has no idea who we are                   | CONFUSION
            my aunt is talking word salad since breakfast                                  | STROKE
            the cut on his leg is spurting and the towel is soaked                         | UNCONTROLLED_BLEEDING
            I soaked through two bandages in ten minutes                                   | UNCONTROLLED_BLEEDING
            he barfed and it was dark red with clots                                       | VOMITING_BLOOD
            the toilet was full of maroon blood after I went                               | BLOODY_OR_BLACK_STOOL
            my girl tripped on the stairs, hit her head and now she's vomiting             | HEAD_INJURY_HEADACHE
            grandpa drank from a jar that had antifreeze in it                              | POISONING
            the baby bit into a laundry pod                                                | POISONING
            she took like 20 extra strength advil since this morning                       | POISONING
            my dad isn't moving or reacting at all on the couch                            | UNRESPONSIVE
            """)
    void plainSpokenEmergenciesOfRoundThree(String message, RedFlagCategory expected) {
        assertThat(screen.screen(message).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my son swallowed all his sertraline, he said he wanted everything to stop
            I took a bunch of my sleeping pills and don't want anyone to find me
            """)
    void overdoseWithSelfHarmImpliedGetsBothLines(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
        assertThat(result.crisis()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the nurse swears fainting after a transfusion is rare, is that right?
            my friend said her dad couldn't breathe after a reaction once, what do you do for that?
            broke my ankle and hit my head three winters ago, full recovery, any link to anemia?
            I threw up blood once after a night of drinking in college, never happened again
            mi vecina me contó que su hijo tuvo convulsiones, ¿eso es común?
            this tax form is gonna give me a stroke haha
            I about passed out when I saw the parking fee
            would it be bad if I cut myself shaving with platelets of 40
            in case my wife has a stroke, what are the signs to look for?
            si me sangra la nariz, ¿qué hago?
            my dizziness turned out to be dehydration, the ER gave me fluids and I'm fine now
            listened to a podcast where a runner had a heart attack, are athletes at risk?
            so afraid ill faint during the marrow biopsy next week
            tengo miedo de que mi papá tenga un derrame
            qué es una convulsión y por qué pasa
            """)
    void roundThreeNearMissesAreNotEmergencies(String message) {
        assertThat(screen.screen(message).emergency()).as(message).isFalse();
    }
}
