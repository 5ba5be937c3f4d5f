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
