package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrgencyQuestionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "when is a nosebleed bad enough for the ER during chemo?|a nosebleed during chemo when is it an emergency, when to call",
            "what makes stool turn black?|stool black when is it an emergency, when to call",
            "should i go to the ER for bleeding gums|bleeding gums when is it an emergency, when to call",
            "is a bloody nose on chemo an emergency|a bloody nose on chemo when is it an emergency, when to call",
    })
    void aSignIsAskedWithTheLibrarysEmergencyWords(String question, String restated) {
        assertThat(UrgencyQuestion.inLibraryWords(question)).hasValue(restated);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "what happens if platelets go under 10?|platelets count too low",
            "what happens if my hemoglobin drops below 7|my hemoglobin count too low",
            "is a white count over 50,000 dangerous|a white count dangerous count too high",
            "what if my anc is less than 500|my anc count too low",
    })
    void aCountPastALimitIsAskedAsTooLowOrTooHigh(String question, String restated) {
        assertThat(UrgencyQuestion.inLibraryWords(question)).hasValue(restated);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is pancytopenia", "how is anemia treated", "does a bone marrow biopsy hurt",
            "what foods have iron", "can chemo cause low platelets"})
    void otherQuestionsAreLeftAlone(String question) {
        assertThat(UrgencyQuestion.asks(question)).isFalse();
        assertThat(UrgencyQuestion.inLibraryWords(question)).isEmpty();
    }
}
