package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dose wordings found by blind round 7 (issue 16), each pattern as a family of wordings
 * written for this test (not the blind messages themselves): a new time or a new amount
 * ("at 8pm instead of bedtime", "0.5 mg rather than 1 mg"), a pill of another strength ("the
 * pharmacy switched me to 20 mg tablets"), other strengths in place of one ("two of the smaller
 * patches"), stopping a medicine for a while or around an event (which also gets the "do not
 * change it on your own" caution), and whether to take a medicine on chemo days, without food
 * or before a procedure. Near misses of each pattern are not dose questions.
 */
class RoundSevenDoseFamiliesTest {

    private final DoseRequestDetector detector = DoseRequestDetector.standard();
    private final Cautions cautions = Cautions.standard();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "can i take my quetiapine a couple hours earlier so i sleep sooner",
            "should i give him his reglan later tonight since he's asleep",
            "would it be ok to take the seroquel at 8pm instead of bedtime",
            "my dad took 20 mg instead of 10 yesterday, is that a problem",
            "could she do 0.5 mg rather than 1 mg of the lorazepam",
            "can i take 7.5 instead of 5 mg of my mirtazapine",
            "¿puedo tomar la olanzapina más temprano, a las 6 en vez de antes de dormir?",
            "¿le doy 10 mg en vez de 5 a mi papá?",
    })
    void aNewTimeOrANewAmountIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "the pharmacy switched me to 20 mg tablets and i used to take 10, how many do i take now",
            "they filled my prescription with a different strength, do i just take one like before",
            "should i take half of the new pill",
            "the new bottle is 50mcg patches but i had 25, do i cut them?",
            "me dieron pastillas de 10 mg y antes eran de 5, ¿me tomo la mitad?",
            "la farmacia cambió la presentación, ¿le doy media?",
    })
    void aPillOfAnotherStrengthIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i'm out of my 100mcg patches, can i wear two 50s",
            "can i use three of the smaller ones since the pharmacy is out of the big patch",
            "i ran out of my oxycodone, can i take my husband's",
            "can he take two of the 5 mg ones since the 10s are gone",
            "se me acabaron los parches de fentanilo, ¿puedo ponerme dos de los más bajos?",
    })
    void otherStrengthsInPlaceOfOneAreADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "my sister wants to pause her xeloda during her cruise, is that alright",
            "thinking about stopping my tamoxifen for a month over the holidays",
            "he wants to go off his letrozole for the summer vacation, is that ok",
            "can my dad stop his chemo pills for a few days around christmas",
            "mi mamá quiere dejar sus pastillas de quimio por una semana por mi boda, ¿está bien?",
    })
    void stoppingAMedicineForAWhileIsADoseQuestionWithTheTreatmentCaution(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
        assertThat(cautions.find(message)).contains(Caution.TREATMENT_CHANGE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "should i take my insulin the morning of my surgery if i can't eat",
            "do i still take my blood pressure pills on chemo days",
            "can i take my levothyroxine if i'm not eating because of nausea",
            "should she skip her metoprolol the day of the infusion",
            "¿tomo la metformina los días de quimio si no como?",
            "¿debo tomar el omeprazol en ayunas el día de la cirugía?",
    })
    void aMedicineOnChemoDaysOrWithoutFoodIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "can i take my walk earlier today",
            "the pharmacy gave me the wrong pickup time",
            "i ran out of coffee, can i have tea instead",
            "should i take half the day off after chemo",
            "can i eat on chemo days",
            "do i take a shower on chemo days",
            "the nurse said i walked 2 miles instead of 1 this week, good job",
            "is it ok to eat before my scan",
            "can i go to my daughter's wedding during chemo",
            "do i need to fast before my blood test",
            "puedo tomar agua en ayunas antes del análisis",
            "can i take my kids to the park on chemo days",
            "my chemo was delayed for a week because of low counts",
    })
    void nearMissesAreNotDoseQuestions(String message) {
        assertThat(detector.isDoseRequest(message)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "should i take a break from work for a week around chemo",
            "i'm thinking about stopping work for a month during treatment",
            "my chemo was delayed for a week because of low counts",
    })
    void aBreakFromSomethingElseGetsNoTreatmentCaution(String message) {
        assertThat(cautions.find(message)).doesNotContain(Caution.TREATMENT_CHANGE);
    }
}
