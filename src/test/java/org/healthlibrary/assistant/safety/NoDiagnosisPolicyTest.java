package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class NoDiagnosisPolicyTest {

    private final NoDiagnosisPolicy policy = NoDiagnosisPolicy.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            You have leukemia.                                                   | you-have
            "Based on your results, you are suffering from aplastic anemia."     | you-have
            Your diagnosis is MDS.                                               | your-diagnosis
            This means you have cancer.                                          | you-have
            You definitely have an infection.                                    | you-have
            "You don't have leukemia, so don't worry."                           | you-dont-have
            It sounds like you have anemia.                                      | you-have
            It looks like you are low on iron.                                   | sounds-like
            Your results clearly show you are pancytopenic.                      | you-are-condition
            These numbers mean you aren't sick.                                  | this-means-you
            You are anemic.                                                      | you-are-condition
            You don't need to see a doctor for this.                             | no-care-needed
            These results show that you have pancytopenia.                       | you-have
            You're going to be fine.                                             | you-are-condition
            Pancytopenia can happen if you have leukemia.                        | NONE
            Your provider may check whether you have an infection.               | NONE
            People who have aplastic anemia often feel tired.                    | NONE
            Only your healthcare provider can tell if you have leukemia.         | NONE
            Anemia means there are fewer red blood cells than normal.            | NONE
            "If you have a fever during chemotherapy, call your care team."      | NONE
            Low platelets do not always mean cancer.                             | NONE
            You may notice tiny red spots called petechiae.                      | NONE
            Having pancytopenia does not mean you have cancer.                   | NONE
            """)
    void findsDiagnosingPhrasing(String answer, String expectedRule) {
        String rule = policy.diagnosingRule(answer);
        assertThat(rule == null ? "NONE" : rule).isEqualTo(expectedRule);
        assertThat(policy.diagnosesPerson(answer)).isEqualTo(!expectedRule.equals("NONE"));
    }

    @Test
    void ourOwnFixedTextsNeverDiagnose() {
        assertThat(policy.diagnosesPerson(SafetyEnglish.NO_DIAGNOSIS)).isFalse();
        assertThat(policy.diagnosesPerson(SafetyEnglish.NO_DIAGNOSIS_SPOKEN)).isFalse();
        assertThat(policy.diagnosesPerson(SafetyEnglish.DISCLAIMER)).isFalse();
        assertThat(policy.diagnosesPerson(SafetyEnglish.DOSE_DECLINED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(RedFlagCategory.class)
    void emergencyTextsNeverDiagnose(RedFlagCategory category) {
        assertThat(policy.diagnosesPerson(SafetyEnglish.emergency(category))).isFalse();
    }

    @Test
    void fixedSentenceSaysOnlyTheProviderCanDiagnose() {
        assertThat(SafetyEnglish.NO_DIAGNOSIS)
                .startsWith("Only your healthcare provider can tell what is causing your symptoms or results")
                .endsWith("Here is general information from our library.");
    }
}
