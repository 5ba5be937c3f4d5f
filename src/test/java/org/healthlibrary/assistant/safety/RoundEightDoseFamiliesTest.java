package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dose wordings found by blind round 8 (issue 16), each pattern as a family of wordings
 * written for this test (not the blind messages themselves): when to take a medicine relative
 * to food or another medicine, a split daily dose taken all at one time, alternating two
 * medicines and spacing them (taking two together alone stays an interaction question, as in
 * round 5), whether to still take a medicine given a lab value, half a pill or a whole one,
 * tapering oneself off, giving more than the label says, and restarting a medicine at full dose
 * or lower. Questions about what a medicine is, its side effects or what the library covers are
 * not dose questions.
 */
class RoundEightDoseFamiliesTest {

    private final DoseRequestDetector detector = DoseRequestDetector.standard();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "what time of day should i take my synthroid",
            "how long after breakfast do i take my thyroid pill",
            "is it better to take my prednisone before or after breakfast",
            "metformin, how soon before dinner",
            "do i take my iron before or after meals",
            "a qué hora me tomo la levotiroxina",
            "¿tomo el omeprazol antes o después del desayuno?",
    })
    void timingAgainstFoodIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "how many hours between my levothyroxine and my calcium",
            "how long do i need to wait between the iron and my antibiotic",
            "how much time should there be between my pantoprazole and the chemo pills",
            "¿cuánto tiempo debo esperar entre el omeprazol y la quimio?",
    })
    void waitingBetweenTwoMedicinesIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my steroid is 4 mg morning and night, can i take it all in the morning",
            "could he take both doses together at bedtime",
            "is it ok to take them all at once instead of spreading out",
            "can i take the two doses at night so i don't forget",
            "¿puedo tomarme las dos juntas en la mañana?",
    })
    void aSplitDoseAtOneTimeIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "is it ok to alternate motrin and acetaminophen for the fever",
            "should i alternate the tylenol and motrin for his fever",
            "can i stagger my advil with the tylenol",
            "how far apart do i space the ibuprofen and the tylenol",
            "do I need to space them out",
            "¿puedo alternar el ibuprofeno con el paracetamol?",
    })
    void alternatingAndSpacingIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "do i still take my xarelto today, platelets were 45",
            "should he still take his coumadin this evening",
            "can i take my eliquis tonight, my hgb was 7.9",
            "my inr came back 4.2. should i skip my warfarin",
            "platelets 38 - do i still take my aspirin",
            "¿sigo tomando la warfarina con el inr en 4?",
    })
    void stillTakingAMedicineGivenALabIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "half an ativan or the whole one before the scan",
            "a whole one or half? it's lorazepam for the dentist",
            "half or a whole tablet of valium before the flight",
            "should i give her half a melatonin or a full one",
            "¿media pastilla o una entera antes de la resonancia?",
    })
    void halfOrWholeIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i feel fine now, can i wean myself off the dexamethasone",
            "my mom wants to taper herself off her prednisolone",
            "can i just taper off now that the rash is gone",
            "can i stop my steroids cold turkey",
            "is it ok to taper it down on my own",
            "¿puedo dejar la prednisona poco a poco yo sola?",
    })
    void taperingOneselfOffIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "the label says 5 ml but can i give him 7.5 ml",
            "could i give her 2 ml of the oxycodone liquid since she's still in pain",
            "can i give more than the syringe says if he's still uncomfortable",
            "the hospice nurse said 0.25 ml, can we give 0.5 ml",
            "¿puedo darle más de lo que dice la jeringa?",
    })
    void anAmountOtherThanTheLabelsIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "plt 120 and hgb 11 now, can i restart my xarelto",
            "should she resume her warfarin at the same dose or lower",
            "can i go back on my blood thinner at the full dose or go lower",
            "my counts are up, can i start back on my hydroxyurea",
            "¿puedo volver a tomar el eliquis con las plaquetas en 150?",
    })
    void restartingAMedicineIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "what is levothyroxine used for",
            "can i combine aleve with tylenol",
            "is it safe to take advil and tylenol together",
            "can i take my iron with orange juice",
            "should i take my chemo pill with food",
            "does prednisone cause trouble sleeping",
            "what are the side effects of eliquis",
            "is tylenol the same as acetaminophen",
            "what's the difference between advil and tylenol",
            "does the library have anything on warfarin and diet",
            "what time should i take my temperature",
            "what time should i take the kids to school",
            "how long after breakfast should i check my blood sugar",
            "can i restart my workouts after chemo",
            "can i give 500 ml of blood at the drive",
            "can i take a walk after my infusion",
            "my platelets were 40, what does tapering mean for steroids",
            "qué es el omeprazol",
            "¿la warfarina causa moretones?",
    })
    void questionsAboutAMedicineAreNotDoseQuestions(String message) {
        assertThat(detector.isDoseRequest(message)).isFalse();
    }
}
