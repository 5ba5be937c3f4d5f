package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lab messages round 4 left unasked (issue 16): a number a result moved to with no name
 * ("it went down to 1.1 from last week"), "'ct 45'" written on a sheet, and a bound instead of a
 * value ("platelets &lt;10") each get a question, never a read value or a library answer. Families of
 * new wordings; their look-alikes that are no lab value are left alone.
 */
class LabLeftoversTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            it dropped to 2.4 since monday
            hers is up to 450 now, is that bad
            it fell to 60 from 95 last month
            it came down to 8.9 this time :(
            went up to 13.1 from last week
            doctor scribbled 'ct 45' on my paper, is that ok
            the sheet just says 'CT 38'
            my CT is 41, what does that mean
            """)
    void unnamedNumbersAreAskedWhichTest(String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).isTrue();
        assertThat(x.values()).isEmpty();
        assertThat(interpreter.interpret(x.toRequest()).questions()).contains(CbcEnglish.MESSAGES.askWhichTest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            platelets <10|platelet count
            wbc >20 on the printout|white blood cell count
            plt < 5 what does that mean|platelet count
            hgb ≤ 7 today|hemoglobin
            anc >= 1.5|neutrophil count
            """)
    void boundsAreAskedForTheExactNumber(String message, String layName) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).isTrue();
        assertThat(x.values()).isEmpty();
        assertThat(interpreter.interpret(x.toRequest()).questions())
                .contains(CbcEnglish.MESSAGES.askExactNumber(layName));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my weight went down to 150 from 162
            my fever went down to 99 after tylenol
            the pain went down to a 3 out of 10
            my dose went down to 5 mg
            the swelling went down, is that normal
            my CT was clear last week
            """)
    void otherNumbersAreLeftAlone(String message) {
        assertThat(interpreter.extract(message).hasLabValues()).isFalse();
    }
}
