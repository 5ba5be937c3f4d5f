package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.EnglishBundle;

/**
 * The {@code cbc} bundle's English defaults for plain tests (no Quarkus), read from
 * {@link CbcMessages} (no second copy of a sentence), and the fixed sentences tests compare
 * reports with; {@code CbcMessagesTest} pins the texts against the generated bundle.
 */
public final class CbcEnglish {

    /** The bundle's English defaults, usable without Quarkus. */
    public static final CbcMessages MESSAGES = EnglishBundle.of(CbcMessages.class);

    /** An interpreter worded in English. */
    public static final CbcInterpreter INTERPRETER = new CbcInterpreter(MESSAGES);

    public static final String FEVER_LOW_ANC = MESSAGES.reasonFeverLowAnc(MESSAGES.emergencyAdvice());
    public static final String FEVER_LOW_WBC = MESSAGES.reasonFeverLowWbc(MESSAGES.emergencyAdvice());
    public static final String FEVER_CHEMO = MESSAGES.reasonFeverChemo(MESSAGES.emergencyAdvice());
    public static final String HGB_BELOW_7 = MESSAGES.reasonHgbBelow7();
    public static final String PLT_BELOW_20 = MESSAGES.reasonPltBelow20();
    public static final String ANC_BELOW_05 = MESSAGES.reasonAncBelow05();
    public static final String WBC_BELOW_1 = MESSAGES.reasonWbcBelow1();
    public static final String WBC_ABOVE_100 = MESSAGES.reasonWbcAbove100();
    public static final String PLT_ABOVE_1000 = MESSAGES.reasonPltAbove1000();
    public static final String HGB_ABOVE_20 = MESSAGES.reasonHgbAbove20();
    public static final String LINES_LOW = MESSAGES.reasonLinesLow();
    public static final String ALL_IN_RANGE = MESSAGES.reasonAllInRange();
    public static final String NOTHING_READ = MESSAGES.reasonNothingRead();

    public static final String SEX_NOT_GIVEN = MESSAGES.assumedSexNotGiven();
    public static final String AGE_NOT_GIVEN = MESSAGES.assumedAgeNotGiven();
    public static final String TRIMESTER_NOT_GIVEN = MESSAGES.assumedTrimesterNotGiven();
    public static final String TEEN_SEX_NOT_GIVEN = MESSAGES.assumedTeenSexNotGiven();

    public static final String RULE_SET = INTERPRETER.ruleSet();

    private CbcEnglish() {
    }
}
