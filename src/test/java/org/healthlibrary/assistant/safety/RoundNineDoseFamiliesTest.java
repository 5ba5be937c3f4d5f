package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dose wordings found by blind round 9 (issue 16), each pattern as a family of wordings
 * written for this test (not the blind messages themselves): "and how much" closing a question,
 * a choice between times of day, a daily amount taken all at one time, stretching how long a
 * patch or a dose lasts, skipping a dose because of a reading, stopping or halving a medicine
 * (Spanish), and "cuánto ... le doy" with more words between. Questions about what a medicine is,
 * its side effects, what the library covers, and "can I take X with Y" alone are not dose
 * questions.
 */
class RoundNineDoseFamiliesTest {

    private final DoseRequestDetector detector = DoseRequestDetector.standard();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "is it ok to give tylenol with his antibiotic and how much",
            "can i use zyrtec while on chemo, and how many a day",
            "my mom wants ibuprofen after her infusion & how often",
            "she's on lovenox, can she have aspirin too and how much?",
            "after the neupogen can i take tylenol and how many",
    })
    void andHowMuchClosingAQuestionIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "should i take my prednisone in the morning or at night",
            "do i take the xarelto at breakfast or dinner",
            "metoprolol - do we give it morning and night or both together",
            "can he take his gabapentin at bedtime or in the morning",
            "keppra, morning and evening or all at once?",
            "¿la pastilla me la tomo en la mañana o en la noche?",
    })
    void aChoiceBetweenTimesOfDayIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i take 200 mg of seroquel twice a day, can i take all 400 at bedtime",
            "could she take all three pills in the morning",
            "is it ok to take all 40 mg at once instead of splitting it",
            "should he take all of it at night",
    })
    void aDailyAmountAtOneTimeIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "can i keep the patch on for 5 days",
            "is it ok to leave my fentanyl patch on to 4 days",
            "could we stretch his shot out to 3 weeks",
            "can i go 10 days between my lovenox injections",
            "can she wear the patch for an extra day",
    })
    void stretchingHowLongADoseLastsIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "dad is on lisinopril and his pressure is 95/55 tonight, should he skip it",
            "i take metoprolol, my pulse is 52 this morning, can i hold today's dose",
            "mom's on insulin and her sugar is 80, should she skip her dose",
            "on warfarin, inr came back 4.1, do i skip it",
    })
    void skippingADoseBecauseOfAReadingIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "¿debo dejar de tomar la aspirina o tomar la mitad?",
            "tengo el inr alto, ¿puedo suspender la warfarina o tomar menos?",
            "¿debería dejar el eliquis o tomar media pastilla?",
            "¿cuánta medicina para la fiebre le doy a mi bebé?",
            "¿cuántas gotas de paracetamol infantil le doy?",
    })
    void spanishStopHalveOrHowMuchIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "can i take benadryl with my oxycodone",
            "can i take eliquis with food",
            "what is gabapentin used for",
            "does dexamethasone cause trouble sleeping",
            "what are the side effects of the fentanyl patch",
            "do you have anything on amlodipine",
            "is claritin the same as zyrtec",
            "should i skip the appointment if i have a cold",
            "do i take my walk in the morning or at night",
            "my bp was 98/60 today, is that low",
            "¿qué es el clopidogrel?",
            "what is neulasta and how does it work",
    })
    void lookAlikesAreNotDoseQuestions(String message) {
        assertThat(detector.isDoseRequest(message)).isFalse();
    }
}
