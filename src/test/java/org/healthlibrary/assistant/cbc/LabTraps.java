package org.healthlibrary.assistant.cbc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the round lab-family tests check of a trap: the message has lab values, and the reader
 * asks about them instead of classifying any. One place for the check the rounds share.
 */
final class LabTraps {

    private LabTraps() {
    }

    /** The report for {@code message}, which must have lab values. */
    static CbcReport asked(CbcInterpreter interpreter, String message) {
        LabExtraction x = interpreter.extract(message);
        assertThat(x.hasLabValues()).as(message).isTrue();
        return interpreter.interpret(x.toRequest());
    }

    /** {@code message} has lab values; none is classified and {@code question} is asked. */
    static void assertAsked(CbcInterpreter interpreter, String message, String question) {
        CbcReport r = asked(interpreter, message);
        assertThat(r.analytes()).as(message).isEmpty();
        assertThat(r.questions()).as(message).contains(question);
    }
}
