package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lab numbers given without a name the reader knows are asked about (which test is each from),
 * never guessed and never answered from the library (issue 16, blind round 4); numbers of other
 * measurements and plain questions are left alone. Families written for this test.
 */
class UnnamedValuesTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my result came back at 5.5, is that bad
            the lab number is 12 what does it mean
            they gave me my bloodwork, 88 and 4.2, good or bad?
            the B on the printout says 40, is that ok
            my RC is 4.1
            my Q is 70 and my Z is 2
            the sheet just says 'W 3.9'
            """)
    void numbersWithoutANameAreAskedAbout(String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).isTrue();
        assertThat(x.values()).isEmpty();
        CbcReport r = interpreter.interpret(x.toRequest());
        assertThat(r.questions()).contains(CbcEnglish.MESSAGES.askWhichTest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my bp is 140 is that bad
            my sugar came back 110, is that bad
            my INR is 2.5 today
            I'm 45, what does a low platelet count mean
            what does it mean when results come back abnormal
            """)
    void otherMeasurementsAndPlainQuestionsAreLeftAlone(String message) {
        assertThat(interpreter.extract(message).hasLabValues()).isFalse();
    }
}
