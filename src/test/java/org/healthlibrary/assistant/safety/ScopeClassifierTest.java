package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeClassifierTest {

    private final ScopeClassifier scope = ScopeClassifier.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            what is pancytopenia?                        | true
            my platelets are low                         | true
            What does a low MCV mean?                    | true
            I want to end it all                         | true
            how much tylenol can I take                  | true
            I passed out at work                         | true
            what's the weather tomorrow?                 | false
            tell me a joke                               | false
            how do I cook rice?                          | false
            my car won't start                           | false
            """)
    void classifies(String message, boolean expected) {
        assertThat(scope.isHealthRelated(message)).isEqualTo(expected);
    }

    @Test
    void withAddsLibraryTerms() {
        assertThat(scope.isHealthRelated("tell me about hypersplenism")).isFalse();
        assertThat(scope.with(List.of("Hypersplenism", "enlarged spleen")).isHealthRelated("tell me about hypersplenism")).isTrue();
        assertThat(scope.isHealthRelated("tell me about hypersplenism")).as("the standard classifier is unchanged").isFalse();
    }
}
