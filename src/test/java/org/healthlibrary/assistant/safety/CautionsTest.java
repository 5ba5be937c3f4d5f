package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Families of wordings for each caution (issue 16, "half-answered"), and messages that need none. */
class CautionsTest {

    private final Cautions cautions = Cautions.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            if someone in my house ever had thoughts of suicide, what number would we call?
            what is the number for the crisis line, want it in my phone
            my therapist asked if i ever have thoughts of suicide, do they ask everybody
            years ago i attempted suicide, will my new doctor see that in my chart
            im not suicidal or anything, just sad about losing my hair
            the main character in this show tried to kill herself after her diagnosis
            is self-harm common in teens going through chemo
            my uncle ended his life after his diagnosis, is depression common with leukemia
            qué número llamo si alguien piensa en el suicidio
            a boy in my son's class posted about wanting to die last year, how do we talk about it
            my grandmother said she wanted to be dead after grandpa passed, she's in counseling now
            """)
    void suicideOrSelfHarmSpokenOfGetsTheCrisisLine(String message) {
        assertThat(cautions.find(message)).contains(Caution.CRISIS_LINE);
        assertThat(Caution.CRISIS_LINE.text(SafetyEnglish.MESSAGES)).contains("call or text 988")
                .contains("Suicide and Crisis Lifeline").contains("911");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            whats the number for poison control, want to save it in my phone
            how much tylenol is too much in a day? dont want to overdose
            how many melatonin gummies would be toxic for a 5 year old
            what is a toxic dose of iron for a toddler
            is ferrous sulfate 325 three times a day an overdose or is that normal
            cuánto paracetamol es una sobredosis
            """)
    void poisonHelpOrAToxicAmountAskedForGetsPoisonHelp(String message) {
        assertThat(cautions.find(message)).contains(Caution.POISON_HELP);
        assertThat(Caution.POISON_HELP.text(SafetyEnglish.MESSAGES)).contains("Poison Help at 1-800-222-1222")
                .contains("911");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            this is killing me, what is a normal white count
            the waiting is killing me, when do results come back
            i hurt myself when i fell off my bike, the bruise is huge
            cancer took his life two years ago, is leukemia inherited
            how long does food poisoning last
            is poison ivy worse with low white cells
            how much iron is in spinach
            how much bleeding during a period is too much
            my kids video game has a poison status effect lol, what snacks are good for chemo
            i overdosed when i was 19, been clean 12 years, does that show up in my chart
            """)
    void wordsThatOnlyLookLikeTheseGetNeither(String message) {
        assertThat(cautions.find(message)).doesNotContain(Caution.CRISIS_LINE, Caution.POISON_HELP);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            is it ok to take advil for my headache with platelets of 25
            my platelets are 40, can I still have my baby aspirin, and how much
            does naproxen make nosebleeds worse
            I'm on eliquis and my platelets dropped
            can i use motrin after my bone marrow biopsy
            """)
    void aBleedingRiskMedicineGetsTheBleedingRiskSentence(String message) {
        assertThat(cautions.find(message)).contains(Caution.BLEEDING_RISK);
        assertThat(Caution.BLEEDING_RISK.text(SafetyEnglish.MESSAGES)).contains("bleeding").contains("care team or pharmacist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            should I skip my infusion tomorrow because my counts are low
            can we push back my next round of chemo, my anc is 0.6
            is it ok to stop my hydroxyurea since my platelets are low
            thinking of delaying chemo this week because I feel awful
            should my dad hold his treatment with a white count that low
            """)
    void aQuestionAboutChangingTreatmentGetsTheCareTeamSentence(String message) {
        assertThat(cautions.find(message)).contains(Caution.TREATMENT_CHANGE);
        assertThat(Caution.TREATMENT_CHANGE.text(SafetyEnglish.MESSAGES)).contains("do not skip").contains("care team");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hgb 10.1 plt 130, are these a sign of something bad?
            wbc 3.4, should I be worried?
            my results say platelets 120, is that serious
            are my numbers dangerous? anc 1.2
            """)
    void aWorriedQuestionIsAddressed(String message) {
        assertThat(cautions.find(message)).contains(Caution.WORRY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what is a normal platelet count
            how do I raise my hemoglobin
            what does chemo do to white cells
            """)
    void otherQuestionsNeedNoCaution(String message) {
        assertThat(cautions.find(message)).isEqualTo(List.of());
    }
}
