package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check the blind-round lab families share for a number whose test is not named: the
 * message counts as lab values, none is read, and the report's only question is "which test?".
 */
final class WhichTestAsked {

    private WhichTestAsked() {
    }

    /** Asserts that {@code interpreter} reads nothing of {@code message} and asks only which test it is. */
    static void assertAskedOnly(CbcInterpreter interpreter, String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).as(message).isTrue();
        assertThat(x.values()).as(message).isEmpty();
        assertThat(interpreter.interpret(x.toRequest()).questions()).as(message)
                .containsExactly(CbcEnglish.MESSAGES.askWhichTest());
    }
}
