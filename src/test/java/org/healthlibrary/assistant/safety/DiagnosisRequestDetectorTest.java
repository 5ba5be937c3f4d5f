package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnosisRequestDetectorTest {

    private final DiagnosisRequestDetector detector = DiagnosisRequestDetector.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Do I have leukemia?                                        | do-i-have
            do i have cancer                                           | do-i-have
            what's wrong with me?                                      | whats-wrong
            whats wrong with me                                        | whats-wrong
            does this mean I have cancer?                              | does-this-mean
            does my low white count mean I have leukemia?              | does-this-mean
            am I dying?                                                | am-i
            could I have aplastic anemia?                              | do-i-have
            is my pancytopenia leukemia?                               | is-this-condition
            is this cancer?                                            | is-this-condition
            could my bruising be leukemia?                             | is-this-condition
            diagnose me                                                | diagnose-me
            can you diagnose me?                                       | diagnose-me
            my daughter's platelets are low, does she have ITP?        | do-i-have
            Do you think I have MDS?                                   | do-you-think
            what disease do I have                                     | what-do-i-have
            how long do I have left?                                   | prognosis
            will I die from this?                                      | prognosis
            I think I have leukemia                                    | i-think-i-have
            Am I anemic? My hgb is 11.5                                | am-i
            why is my hemoglobin so low?                               | diagnose-me
            is pancytopenia leukemia?                                  | NONE
            what is leukemia?                                          | NONE
            how is aplastic anemia diagnosed?                          | NONE
            do I have to fast before a CBC?                            | NONE
            can pancytopenia turn into leukemia?                       | NONE
            what are the symptoms of leukemia?                         | NONE
            How long do I have to wait for my results?                 | NONE
            do I have to take iron with food?                          | NONE
            Is leukemia curable?                                       | NONE
            what does a hematologist do?                               | NONE
            Can you explain what MDS is?                               | NONE
            """)
    void detects(String message, String expectedRule) {
        String rule = detector.ruleFor(message);
        assertThat(rule == null ? "NONE" : rule).isEqualTo(expectedRule);
        assertThat(detector.isDiagnosisRequest(message)).isEqualTo(!expectedRule.equals("NONE"));
    }
}
