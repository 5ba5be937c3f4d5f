package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dose wordings found by blind round 5 (issue 16), each pattern as a family of wordings
 * written for this test: splitting a pill or a dose, N instead of N and "N of my ...", a
 * shorter interval, another dose after spitting or throwing one up, how much of each of two
 * medicines, and Spanish "dos pastillas". Near misses of each pattern are not dose questions.
 */
class RoundFiveDoseFamiliesTest {

    private final DoseRequestDetector detector = DoseRequestDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            can i cut my lisinopril tablet in half
            is it safe to break the pill in two
            should i split the dose between morning and night
            can she open the capsule and sprinkle it on applesauce
            ok to halve my amlodipine
            is it ok to split my losartan in half
            could i take 3 tylenol instead of 2
            is it ok to give him two puffs instead of one
            can i do 40 mg instead of 20
            should she have two gummies instead of just one
            can i take both of my allergy pills together
            is it ok to take 3 of my pain pills at once
            could he take 2 of his lexapro tonight
            can i take 2 claritin when its this bad
            could she have her tylenol every 3 hours instead of 6
            is it ok to use my inhaler every 2 hrs
            can i take the nausea pill every four hours rather than every eight
            should he take his antibiotic every six hours
            she vomited 10 minutes after her antibiotic, should i give her another one
            baby spit out most of the tylenol, can i redose
            threw up my pill, do i take it again
            he spat out the medicine, should i repeat the dose
            alternating motrin and tylenol, how much of each
            can he have advil and tylenol at the same time and how many of each
            is it fine to combine aleve and tylenol, how much of both
            tylenol plus ibuprofen together - how much of each one
            puedo tomar dos tabletas de ibuprofeno?
            mi hijo puede tomar otra dosis de jarabe?
            debo tomar tres cápsulas al día?
            puedo darle media pastilla a mi hija?
            """)
    void roundFiveDoseWordingsAreDoseQuestions(String message) {
        assertThat(detector.isDoseRequest(message)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my head feels like it is splitting in two
            can i split my appointment into two visits
            can i split the cost in half with my sister
            can i cut my hair short during chemo
            can i take 2 weeks off instead of 1
            can i have 2 visitors instead of 1
            puedo tomar dos semanas de descanso?
            should i check my temp every 4 hours
            can i take a walk every 2 hours
            do i need blood draws every 2 weeks
            is it ok to eat every 3 hours
            he threw up after dinner, should i give him more water
            she vomited, should i take her to the er again
            should i give her another hug
            can i take tylenol and advil together
            how much of each blood cell is normal
            """)
    void nearMissesAreNotDoseQuestions(String message) {
        assertThat(detector.isDoseRequest(message)).isFalse();
    }
}
