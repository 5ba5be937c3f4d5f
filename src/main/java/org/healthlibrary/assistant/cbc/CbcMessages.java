package org.healthlibrary.assistant.cbc;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the lab reader that a patient reads or hears: the summary's templates, the
 * urgency reasons, the clarifying questions, the assumptions, the names of the ranges used and
 * the rule set. A Qute type-safe message bundle (name {@code cbc}); the English defaults are
 * here, another language is a {@code messages/cbc_<lang>.properties} file with the same keys.
 *
 * <p>The rules of this package decide (a status, a grade, an urgency, what to ask) and pass the
 * numbers and names they decided on; this bundle words them. Numbers come in already formatted
 * ({@code DisplayNumbers}) and analyte names as the lay names of {@code knowledge/analytes.txt}.
 * The thresholds written in the reasons are the ones {@link UrgencyRules} and
 * {@link FeverThresholds} apply; a golden test pins every text. Obtain the bundle by injection
 * or with {@code MessageBundles.get(CbcMessages.class)}; {@link CbcInterpreter} takes it in its
 * constructor. Thread-safe (generated, stateless).
 *
 * <p>Why a bundle and not constants: one reviewed home per sentence, translatable without code
 * changes; still fixed at build time, so no request, configuration or model can change it.
 */
@MessageBundle("cbc")
public interface CbcMessages {

    // ---- The summary (SummaryWriter)

    /** Summary when no value could be used yet and questions were asked. */
    @Message("We could not use your blood count numbers yet. Please answer the questions below.")
    String summaryAnswerQuestions();

    /** Summary when the message had no blood count numbers. */
    @Message("We did not find any blood count numbers to look at.")
    String summaryNoNumbers();

    /** The low values, {@code values} joined with ", ". */
    @Message("Low: {values}.")
    String summaryLow(String values);

    /** The high values. */
    @Message("High: {values}.")
    String summaryHigh(String values);

    /** The values in range. */
    @Message("In range: {values}.")
    String summaryInRange(String values);

    /** The values that could not be judged without the lab's range. */
    @Message("Not judged, because we need your lab's normal range: {values}.")
    String summaryNotJudged(String values);

    /** One value in a summary group, with its normal range. */
    @Message("{name} {value} (normal {low} to {high})")
    String valueInRange(String name, String value, String low, String high);

    /** One value whose range has only a lower limit. */
    @Message("{name} {value} (normal is {low} or more)")
    String valueAtLeast(String name, String value, String low);

    /** One value with no range to show. */
    @Message("{name} {value}")
    String valueAlone(String name, String value);

    /** {@link CbcPattern#ANEMIA} in lay terms. */
    @Message("Your red blood cell level is low. This is called anemia. It has many possible causes.")
    String patternAnemia();

    /** {@link CbcPattern#LEUKOPENIA} in lay terms. */
    @Message("Your white blood cells are low. This is called leukopenia. It has many possible causes.")
    String patternLeukopenia();

    /** {@link CbcPattern#NEUTROPENIA} in lay terms. */
    @Message("Your neutrophils are low. They are the white blood cells that fight germs. This is called "
            + "neutropenia, and it can make infections easier to get. It has many possible causes.")
    String patternNeutropenia();

    /** {@link CbcPattern#THROMBOCYTOPENIA} in lay terms. */
    @Message("Your platelets are low. Platelets help your blood clot. This is called thrombocytopenia, and it can "
            + "make bruising and bleeding easier. It has many possible causes.")
    String patternThrombocytopenia();

    /** {@link CbcPattern#LYMPHOPENIA} in lay terms. */
    @Message("Your lymphocytes, one kind of white blood cell, are low. This is called lymphopenia. It has many "
            + "possible causes.")
    String patternLymphopenia();

    /** {@link CbcPattern#BICYTOPENIA} in lay terms. */
    @Message("Two kinds of blood cells are low. This is called bicytopenia. It has many possible causes.")
    String patternBicytopenia();

    /** {@link CbcPattern#PANCYTOPENIA} in lay terms. */
    @Message("All three kinds of blood cells are low: red cells, white cells and platelets. This is called "
            + "pancytopenia. It has many possible causes.")
    String patternPancytopenia();

    /** The grades explained; {@code grades} is a list of {@link #gradeOf} joined with ", ". */
    @Message("Grades show how far below normal a count is, from 1 (a little) to 4 (very far), on the {scale} "
            + "scale: {grades}.")
    String summaryGrades(String scale, String grades);

    /** One analyte's grade. */
    @Message("{name} grade {grade}")
    String gradeOf(String name, String grade);

    /** What to do, {@link Urgency#EMERGENCY}. */
    @Message("This can be an emergency. Call your care team or go to the emergency room now.")
    String actionEmergency();

    /** What to do, {@link Urgency#URGENT}. */
    @Message("Please contact your care team today.")
    String actionUrgent();

    /** What to do, {@link Urgency#SOON}. */
    @Message("Please book a visit with your care team to talk about these results.")
    String actionSoon();

    /** What to do, {@link Urgency#ROUTINE}. */
    @Message("Nothing here needs quick action.")
    String actionRoutine();

    /** Added when some values were asked about. */
    @Message("Some numbers need more details. Please see the questions.")
    String summarySeeQuestions();

    /** Every summary with values ends with this. */
    @Message("Only your care team can say what these results mean for you.")
    String summaryCareTeam();

    // ---- Urgency reasons (UrgencyRules), most urgent first

    /** The advice that ends each emergency reason. */
    @Message("this can be an emergency. Call your care team or go to the emergency room now.")
    String emergencyAdvice();

    /** Fever with a low ANC. */
    @Message("Fever (38.0 C / 100.4 F or higher) with ANC below 1.0 x10^9/L: {advice}")
    String reasonFeverLowAnc(String advice);

    /** Fever with a low WBC and no ANC. */
    @Message("Fever (38.0 C / 100.4 F or higher) with WBC below 1.0 x10^9/L and no ANC given: {advice}")
    String reasonFeverLowWbc(String advice);

    /** Fever during chemotherapy. */
    @Message("Fever (38.0 C / 100.4 F or higher) while on chemotherapy: {advice}")
    String reasonFeverChemo(String advice);

    /** Urgent: hemoglobin below 7.0 g/dL. */
    @Message("Hemoglobin below 7.0 g/dL: contact your care team today.")
    String reasonHgbBelow7();

    /** Urgent: platelets below 20. */
    @Message("Platelets below 20 x10^9/L: contact your care team today.")
    String reasonPltBelow20();

    /** Urgent: ANC below 0.5. */
    @Message("ANC below 0.5 x10^9/L: contact your care team today.")
    String reasonAncBelow05();

    /** Urgent: WBC below 1.0. */
    @Message("WBC below 1.0 x10^9/L: contact your care team today.")
    String reasonWbcBelow1();

    /** Urgent: WBC above 100. */
    @Message("WBC above 100 x10^9/L: contact your care team today.")
    String reasonWbcAbove100();

    /** Urgent: platelets above 1000. */
    @Message("Platelets above 1000 x10^9/L: contact your care team today.")
    String reasonPltAbove1000();

    /** Urgent: hemoglobin above 20 g/dL. */
    @Message("Hemoglobin above 20 g/dL: contact your care team today.")
    String reasonHgbAbove20();

    /** Book a visit: one value below its range ({@code label} is the analyte's label). */
    @Message("{label} below the range used: book a visit to discuss it.")
    String reasonBelowRange(String label);

    /** Book a visit: one value above its range. */
    @Message("{label} above the range used: book a visit to discuss it.")
    String reasonAboveRange(String label);

    /** Book a visit: one value that cannot be judged without the lab's range. */
    @Message("{label} cannot be judged without your lab's range: ask your care team about it at a visit.")
    String reasonNotJudged(String label);

    /** Book a visit: two or more cell lines low. */
    @Message("Two or more blood cell lines low: book a visit to discuss them.")
    String reasonLinesLow();

    /** Nothing fired and every value is in range. */
    @Message("All values within the range used: no action needed beyond your usual care.")
    String reasonAllInRange();

    /** Nothing fired because no value was classified. */
    @Message("No blood count value could be classified.")
    String reasonNothingRead();

    // ---- Clarifying questions (ValueDoubts, CbcClassifier, UnitNormalizer, Differential, ConditionReader)

    /** One analyte given twice with different values. */
    @Message("You gave two different {name} values ({first} and {second}). Which one is from your latest report?")
    String askWhichValue(String name, String first, String second);

    /** A child was mentioned without an age. */
    @Message("How old is your child? Normal ranges depend on age.")
    String askChildAge();

    /** Values that need the lab's own range; {@code names} joined with ", ". */
    @Message("What normal range did your lab print next to each of these: {names}? Normal ranges differ for "
            + "children and in pregnancy, so we need your lab's own range to judge them. For example: platelets 120 "
            + "(150-400).")
    String askLabRanges(String names);

    /** A temperature outside what a person can have. */
    @Message("The temperature you gave does not look right. Please give it again with C or F, for example 38.5 C "
            + "or 101.3 F.")
    String askTemperature();

    /** A differential percentage that cannot be right; {@code cell} is {@link #neutrophil} or {@link #lymphocyte}. */
    @Message("The {cell} percentage looks mistyped. Please check it, for example neutrophils 60%.")
    String askPercentMistyped(String cell);

    /** A differential percentage without the WBC to multiply it by. */
    @Message("To work out the {name} from the {cell} percentage, we also need your WBC (white blood cell count) "
            + "with its unit, for example 6.5 x10^9/L.")
    String askWbcForPercent(String name, String cell);

    /** A number with no unit that could be read more than one way; {@code example} is one of the examples below. */
    @Message("The {name} value {value} has no unit, and it could be read more than one way. Please give it with its "
            + "unit, for example {example}.")
    String askUnitAmbiguous(String name, String value, String example);

    /** A unit that does not fit the analyte. */
    @Message("The unit given with the {name} value {value} does not fit it. Please give it with its unit, for "
            + "example {example}.")
    String askUnitDoesNotFit(String name, String value, String example);

    /** An impossible value; {@code value} is the number with the unit it was given in, if any. */
    @Message("The {name} value {value} looks mistyped. Please check it and give it with its unit, for example "
            + "{example}.")
    String askMistyped(String name, String value, String example);

    /** An impossible value that is not even a number (NaN, infinity). */
    @Message("The {name} value given looks mistyped. Please check it and give it with its unit, for example "
            + "{example}.")
    String askMistypedNotANumber(String name, String example);

    /** Two numbers, an estimate or a range where one value belongs. */
    @Message("I need the exact {name} number printed on your report, not two numbers, an estimate or a range. "
            + "What does the report say?")
    String askExactNumber(String name);

    /** A unit of another kind of test. */
    @Message("The unit \"{unit}\" does not fit a {name}. What number and unit are printed next to it on your "
            + "report?")
    String askWrongKindOfUnit(String unit, String name);

    /** A value the writer is not sure is the current or the right one. */
    @Message("You are not sure which {name} value is the current one. Which number is printed on your latest "
            + "report?")
    String askWhichIsCurrent(String name);

    /** Numbers given without the name of the test. */
    @Message("Which test is each number from? Please give the name printed next to each number on your report, "
            + "for example hemoglobin 11.2 or platelets 90.")
    String askWhichTest();

    /** A value that could not be read as one number. */
    @Message("I could not read the {name} value as one number. Please type it exactly as it is printed on your "
            + "report.")
    String askUnreadable(String name);

    /** The lab flagged the sample or the result as unreliable (ResultStandings). */
    @Message("The lab noted a problem with the sample, so the {name} number may not be right. What did the repeat "
            + "test show? If there was none, please ask your care team whether the test should be repeated.")
    String askSampleFlagged(String name);

    /** The writer does not know when the value was measured (ResultStandings). */
    @Message("When was this {name} test done? Please give the {name} value from your most recent report, with "
            + "its date.")
    String askWhenTested(String name);

    /** A value expected, not measured (ResultStandings). */
    @Message("The {name} number you gave is an expected value, not a measured one. What did your latest test "
            + "show?")
    String askExpectedValue(String name);

    /** An older value while the newer result is not known yet (ResultStandings). */
    @Message("The {name} number you gave is from an earlier test, and the newer result is not known yet. What "
            + "does your latest report say once it is in?")
    String askNewerResult(String name);

    /** A level the care team named, with no result of the writer's own (ResultStandings). */
    @Message("What was your latest {name} result? The number in your message is the level at which your care "
            + "team would act, not your result.")
    String askLatestResult(String name);

    /** A "hemoglobin" that is most likely the diabetes test hemoglobin A1c (UnlikelyReadings). */
    @Message("Is this your hemoglobin A1c (HbA1c), the diabetes test given in %? It is a different test from the "
            + "hemoglobin of a blood count, which is given in g/dL, for example 12.5 g/dL. Please check the name "
            + "on your report. If it is a blood count hemoglobin below 7 g/dL, contact your care team today.")
    String askA1c();

    /** A value about ten times another one, which the writer doubts (UnlikelyReadings). */
    @Message("Please check the {name} number on your report: {value} is a very big change from {before}. If the "
            + "report does say {value}, please tell your care team about it today.")
    String askBigChange(String name, String value, String before);

    /** The writer does not know whose results the values are (ResultStandings). */
    @Message("Whose results are these? Values can only be read for one person at a time. Please check the name on "
            + "the report and send that person's values.")
    String askWhoseResult();

    /** The value may come from a test of another body fluid, such as urine (ResultStandings). */
    @Message("Is this {name} from a blood test? The same name is used for urine and other body fluid tests, "
            + "which are read differently. Please check which test the report is for.")
    String askOtherSpecimen(String name);

    /** A name with a flag, a range or a "pending" note but no result (ResultStandings). */
    @Message("I could not find a {name} result in your message: a range, a flag or a note that the result is "
            + "pending is not the result itself. What number is printed next to {name} on your report? If there is "
            + "none yet, your care team can tell you when the result is ready.")
    String askMissingValue(String name);

    /** The values are an animal's, not a person's (ResultStandings). */
    @Message("These numbers seem to be from an animal's blood test. An animal's normal ranges are not a person's, "
            + "and this service only explains people's blood counts, so please ask the vet about them. If they are "
            + "your own results, please send them again.")
    String askNotHuman();

    /** A value of one test taken for another analyte, which cannot be worked out from it (OtherTests). */
    @Message("The number you gave is from a different test than the {name}, and the {name} cannot be read from it "
            + "or worked out from it. What {name} number is printed on your report?")
    String askOtherTest(String name);

    /** "My iron is 8": an iron test, or the hemoglobin many people call "iron" (OtherTests). */
    @Message("Is this an iron test (such as serum iron or ferritin) or your hemoglobin? Many people call hemoglobin "
            + "\"iron\". Please give the test name and number as printed on your report, for example hemoglobin "
            + "11.2 g/dL.")
    String askIronOrHemoglobin();

    /** A part of the white count given as larger than the white count itself (CbcClassifier). */
    @Message("The {part} ({partValue}) cannot be higher than the {whole} ({wholeValue}), because it is a part of it. "
            + "Please check both numbers on your report.")
    String askImpossiblePair(String part, String partValue, String whole, String wholeValue);

    /** The cell word of a neutrophil percentage. */
    @Message("neutrophil")
    String neutrophil();

    /** The cell word of a lymphocyte percentage. */
    @Message("lymphocyte")
    String lymphocyte();

    /** Example of a hemoglobin value with its unit. */
    @Message("12.5 g/dL")
    String exampleHemoglobin();

    /** Example of a hematocrit value. */
    @Message("38%")
    String exampleHematocrit();

    /** Example of an RBC value. */
    @Message("4.5 x10^12/L")
    String exampleRbc();

    /** Example of a WBC value. */
    @Message("6.5 x10^9/L or 6,500/uL")
    String exampleWbc();

    /** Example of an ANC value. */
    @Message("3.0 x10^9/L or 3,000/uL")
    String exampleAnc();

    /** Example of a lymphocyte count. */
    @Message("1.8 x10^9/L or 1,800/uL")
    String exampleLymphocytes();

    /** Example of a platelet count. */
    @Message("150 x10^9/L or 150,000/uL")
    String examplePlatelets();

    /** Example of an MCV value. */
    @Message("90 fL")
    String exampleMcv();

    // ---- Assumptions: how something was read (shown with the report)

    /** The lab range given did not fit the analyte. */
    @Message("The range given for the {name} could not be read as a {name} range, so the default range was used.")
    String assumedDefaultRange(String name);

    /** Several temperatures in one message. */
    @Message("More than one temperature was given: the highest one was used.")
    String assumedHighestTemperature();

    /** Male and female words in one message. */
    @Message("Both male and female words were found, so sex was treated as not given.")
    String assumedSexUnknown();

    /** A count worked out from the differential. */
    @Message("{label} worked out from your differential: WBC {wbc} x ({cell}s {share}%) / 100 = {count} x10^9/L.")
    String assumedFromDifferential(String label, String wbc, String cell, String share, String count);

    /** A neutrophil count worked out from the differential with bands. */
    @Message("{label} worked out from your differential: WBC {wbc} x ({cell}s {share}% + bands {bands}%) / 100 = "
            + "{count} x10^9/L.")
    String assumedFromDifferentialWithBands(String label, String wbc, String cell, String share, String bands,
                                            String count);

    /** A number with no unit read by its size. */
    @Message("{label} {value} had no unit: read as {readAs}, which is {normalized}.")
    String assumedUnit(String label, String value, String readAs, String normalized);

    /** Adult range used, sex not given. */
    @Message("Sex not given: used the women's lower limit for 'low' and the men's upper limit for 'high'.")
    String assumedSexNotGiven();

    /** Adult range used, age not given. */
    @Message("Age not given: used adult ranges.")
    String assumedAgeNotGiven();

    /** Pregnancy without the trimester. */
    @Message("Trimester not given: used the WHO hemoglobin cut-off for the 1st and 3rd trimesters (11.0 g/dL), the "
            + "stricter one.")
    String assumedTrimesterNotGiven();

    /** A teenager without sex. */
    @Message("Sex not given: used the WHO hemoglobin cut-off for girls and women (12.0 g/dL).")
    String assumedTeenSexNotGiven();

    // ---- The names of the ranges used (ReferenceRanges), shown with each value

    /** The patient's own lab range. */
    @Message("Your lab's range")
    String rangeLab();

    /** No range: a child without an age. */
    @Message("Hemoglobin cut-offs for children depend on age, which was not given")
    String rangeChildNoAge();

    /** No range: pregnancy, other than hemoglobin. */
    @Message("No default range in pregnancy: your lab's range is needed")
    String rangeNoneInPregnancy();

    /** No range: a child, other than hemoglobin. */
    @Message("No default range for children under 18: your lab's range is needed")
    String rangeNoneForChildren();

    /** The adult range of an analyte that is the same for both sexes. */
    @Message("Adult range (CLINICAL-REFERENCE s1)")
    String rangeAdult();

    /** The adult range for men. */
    @Message("Adult range for men (CLINICAL-REFERENCE s1)")
    String rangeAdultMen();

    /** The adult range for women. */
    @Message("Adult range for women (CLINICAL-REFERENCE s1)")
    String rangeAdultWomen();

    /** The adult range when sex is not given. */
    @Message("Adult range, sex not given: women's lower limit, men's upper limit (CLINICAL-REFERENCE s1)")
    String rangeAdultSexNotGiven();

    /** Hemoglobin in pregnancy, trimester not given. */
    @Message("WHO anemia cut-off in pregnancy, 1st and 3rd trimesters (lower limit only)")
    String rangePregnancy();

    /** Hemoglobin in the 1st trimester. */
    @Message("WHO anemia cut-off in pregnancy, 1st trimester (lower limit only)")
    String rangePregnancy1st();

    /** Hemoglobin in the 2nd trimester. */
    @Message("WHO anemia cut-off in pregnancy, 2nd trimester (lower limit only)")
    String rangePregnancy2nd();

    /** Hemoglobin in the 3rd trimester. */
    @Message("WHO anemia cut-off in pregnancy, 3rd trimester (lower limit only)")
    String rangePregnancy3rd();

    /** No hemoglobin range under 6 months. */
    @Message("WHO gives no hemoglobin cut-off under 6 months: your lab's range is needed")
    String rangeUnderSixMonths();

    /** Hemoglobin, children 6-23 months. */
    @Message("WHO anemia cut-off for children 6-23 months (lower limit only)")
    String rangeChild6To23Months();

    /** Hemoglobin, children 24-59 months. */
    @Message("WHO anemia cut-off for children 24-59 months (lower limit only)")
    String rangeChild24To59Months();

    /** Hemoglobin, children 5-11 years. */
    @Message("WHO anemia cut-off for children 5-11 years (lower limit only)")
    String rangeChild5To11Years();

    /** Hemoglobin, children 12-14 years. */
    @Message("WHO anemia cut-off for children 12-14 years (lower limit only)")
    String rangeChild12To14Years();

    /** Hemoglobin, men 15 and older (when the adult ranges do not apply). */
    @Message("WHO anemia cut-off for men 15 and older (lower limit only)")
    String rangeMen15();

    /** Hemoglobin, women 15 and older. */
    @Message("WHO anemia cut-off for non-pregnant women 15 and older (lower limit only)")
    String rangeWomen15();

    /** The model tool's question when the text is too long ({@code max} characters). */
    @Message("The message is longer than {max} characters. Please send only the blood count numbers.")
    String askShorterText(String max);

    /** The model tool's summary when the text was not read. */
    @Message("We could not read this message. Please send only the blood count numbers.")
    String summaryNotRead();

    /** The rule set named in every report; {@code scale} is {@link CtcaeGrader#VERSION}. */
    @Message("CLINICAL-REFERENCE sections 1-4: your lab's range first, else adult ranges by sex, WHO hemoglobin "
            + "cut-offs for children and pregnancy; {scale} (NCI, 2017) grades for low counts; the conservative "
            + "urgency rules of section 3 (lab critical-value lists differ).")
    String ruleSet(String scale);
}
