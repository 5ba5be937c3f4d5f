package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dose wordings found by blind round 6 (issue 16), each pattern as a family of wordings
 * written for this test (not the blind messages themselves): a missed dose (take it now, skip
 * it, catch up), a change of timing, stopping a medicine early or finishing a course, a patch
 * that came off, keeping or changing a medicine because of a lab value (which also gets the
 * "do not change it on your own" caution), and the Spanish "cuánto ... es una sobredosis", which
 * is a dose question and no poisoning emergency. Near misses of each pattern are not dose
 * questions.
 */
class RoundSixDoseFamiliesTest {

    private final DoseRequestDetector detector = DoseRequestDetector.standard();
    private final RedFlagScreen screen = RedFlagScreen.standard();
    private final Cautions cautions = Cautions.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            i forgot my tamoxifen last night, should i take it this morning or wait
            missed this morning's xeloda, can i still take it at lunch
            my son missed his 6mp dose last night, give it now or skip it
            skipped 3 days of my letrozole on vacation, how do i catch up
            forgot my blood pressure pill this morning, is it too late to take it now
            i'm 5 hours late for my imatinib, take it or skip till tomorrow
            missed two doses of my antibiotic, how do i catch up
            forgot my pill at breakfast, take it with lunch or just skip
            """)
    void aMissedDoseIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            can i take my prednisone at night instead of in the morning
            my steroid keeps me up, can i take the whole dose in the morning
            is it ok to take both doses of my dex together in the morning
            should i move my tamoxifen to bedtime since it makes me dizzy
            can i switch my metformin from twice a day to once a day
            can he take the full dose at breakfast rather than splitting it morning and night
            can i take my evening pill in the morning instead
            """)
    void aChangeOfTimingIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            can i quit my antibiotics now that i feel better
            is it ok to stop taking the dex a few days early
            do i have to finish all of my prednisone if the rash is gone
            should he keep taking his antibiotic even though he feels fine
            can i come off my steroids early, the swelling is down
            ok to stop my iron pills now that im not tired
            can i stop my letrozole early, the side effects are bad
            """)
    void stoppingAMedicineEarlyIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my butrans patch peeled off overnight, should i replace it now
            my moms pain patch fell off, can i stick a fresh one on
            lidocaine patch fell off after an hour, is it ok to apply another
            the nicotine patch slid off while i slept, put another on or wait
            the patch came off in the shower, do i put on a new one
            """)
    void aPatchThatCameOffIsADoseQuestion(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            should i keep taking my eliquis now that my platelets are 45
            is it ok to keep taking my iron if my hemoglobin is 13 now
            should my dad still take his hydroxyurea with an anc of 0.9
            should i still take my methotrexate if my wbc is 2.1
            do i keep giving him his xarelto when his platelets are 38
            """)
    void keepingAMedicineBecauseOfALabValueIsDeclinedWithTheTreatmentCaution(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
        assertThat(cautions.find(message)).contains(Caution.TREATMENT_CHANGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            should i reduce my warfarin since my platelet count is 55
            can i lower my blood thinner dose with platelets at 40
            should i cut back on my eliquis now that my platelets are 70
            could my mom ease off on her xarelto since her plts are 48
            """)
    void loweringABloodThinnerBecauseOfALabValueIsDeclinedWithTheBleedingCaution(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
        assertThat(cautions.find(message)).contains(Caution.BLEEDING_RISK);
        assertThat(Caution.BLEEDING_RISK.text(SafetyEnglish.MESSAGES)).contains("Do not start, stop or change them");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cuántas pastillas de ibuprofeno son una sobredosis
            a partir de cuánto paracetamol hay sobredosis en un adulto
            qué cantidad de hierro es una sobredosis para un niño
            cuánto tylenol sería una sobredosis para mi hija de 15 kilos
            """)
    void aSpanishOverdoseAmountQuestionIsADoseQuestionAndNoEmergency(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
        assertThat(screen.screen(message).emergency()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mi hijo se tomó las pastillas de su abuela, creo que es una sobredosis
            mi papá tuvo una sobredosis y no despierta
            mi hijo tomó 12 pastillas de tylenol, cuánto es una sobredosis
            se tomo el frasco de pastillas y no despierta, cuántas son una sobredosis
            """)
    void aSpanishOverdoseThatHappenedIsStillAPoisoningEmergency(String message) {
        RedFlagResult result = screen.screen(message);
        assertThat(result.emergency()).isTrue();
        assertThat(result.category()).isEqualTo(RedFlagCategory.POISONING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how long does chemo take
            is it normal to feel wired on steroids
            can steroids make me feel wired
            forgot my appointment this morning, should i call them now or wait
            missed my infusion last week because of snow, when will they reschedule
            missed 2 days of work after chemo, is that normal
            i keep forgetting my pills, any tips for remembering
            i missed the bus this morning, can i still take the next one to my appointment
            can i take a walk in the morning instead of at night
            can i have my infusion in the morning instead of the afternoon
            can i take my shower in the morning instead of at night
            can i move my appointment to the morning
            why do i have to take dexamethasone in the morning
            when will i stop losing hair after chemo
            can i stop worrying about my counts now
            why did my doctor stop my chemo early
            can i stop the itching from my rash
            what is a fentanyl patch and how does it work
            my skin is red where the patch was, is that normal
            does the patch come off in the shower
            a patch of my hair fell out, is that from chemo
            can i still take my kids to school if my white count is low
            should i still go to work if my platelets are 90
            my platelets dropped to 60, should i still take my walk
            what does hydroxyurea do to my white count
            does warfarin lower platelets
            """)
    void nearMissesAreNotDoseQuestions(String message) {
        assertThat(detector.isDoseRequest(message)).isFalse();
    }
}
