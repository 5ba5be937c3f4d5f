package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.knowledge.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads CBC values and patient context from an English message, typed or transcribed from
 * speech. Passes, in order: normalise and lex (numbers in digits or words, with units), find
 * analyte names, read the patient (age, sex, child), read the conditions (pregnancy,
 * temperature, fever, chemotherapy), set aside numbers that are not values (durations, dates,
 * label digits), then tie each analyte name to its number and lab range, and take a second
 * look at each number ({@link ValueDoubts}: corrections and today's value replace a value
 * ({@link ReadingTimes}: not when two draws of the same day each have their own; the older
 * value of a trend, "11.5 today, up from 10", is set aside);
 * two candidates, estimates, malformed numbers and impossible units are asked about;
 * {@link ApproximateValues}: a bound or a decade is asked about; {@link SelfDoubts}: a value
 * the writer is unsure of or takes back is asked about; {@link ResultStandings}: a value that is no
 * result of today (older while the newer is pending, expected, undated, flagged by the lab) is
 * asked about; {@link UnlikelyReadings}: a likely A1c, a platelet count no lab prints that way
 * and a doubted tenfold change are asked about; {@link OtherTests}: a value taken for another line
 * is asked about; then {@link SecondReadings}: a second
 * number for the same analyte is kept beside the first, so the classifier asks which is current). Shorthands are written
 * out first ({@link LabShorthand}), and numbers given with no name the reader knows are asked
 * about ({@link UnnamedValues}), as are numbers of a test that is no blood count line taken for
 * one, and "my iron is 8" ({@link OtherTests#question}).
 *
 * <p>Contract: never throws for any string; never classifies or normalises (that is
 * {@link CbcClassifier}'s job), so a value that cannot be used is still returned and later
 * asked about; time is linear in the text length. Immutable and thread-safe.
 */
public final class LabTextExtractor {

    private final CbcMessages messages;

    /** An extractor whose questions and assumptions are worded by {@code messages}. */
    public LabTextExtractor(CbcMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Reads {@code text}; a null text reads as empty. */
    public LabExtraction extract(String text) {
        String norm = LabShorthand.rewrite(TextNormalizer.normalize(Objects.requireNonNullElse(text, "")));
        TokenView view = new TokenView(LabTextLexer.lex(norm));
        AnalyteMentions.find(view);
        ContextDraft draft = new ContextDraft(messages);
        PatientReader.read(view, draft);
        ConditionReader.read(view, draft);
        NonValueNumbers.claim(view);
        List<LabValue> values = new ArrayList<>();
        Double bandPercent = null;
        ValueDoubts.Review doubted = ApproximateValues.review(norm, view, ValueDoubts.review(
                Objects.requireNonNullElse(text, ""), norm, view, ValueLinker.link(view), messages), messages);
        ValueDoubts.Review review = OtherTests.review(norm, view, UnlikelyReadings.review(norm, view,
                ResultStandings.review(norm, view, SelfDoubts.review(norm, view, doubted, messages), messages), messages),
                messages);
        draft.questions.addAll(review.questions());
        for (ValueLinker.Found f : SecondReadings.add(view, review.found(), review.unread())) {
            Token.Num n = f.value();
            if (f.analyte() != null) {
                values.add(new LabValue(f.analyte(), n.value(), n.unit(), f.range()));
            } else if (n.unit() == null || n.unit() == LabUnit.PERCENT) {
                bandPercent = n.value();
            }
        }
        ConditionReader.bareTemperature(view, draft);
        String otherTest = values.isEmpty() && review.unread().isEmpty() ? OtherTests.question(norm, view, messages) : null;
        boolean unnamed = values.isEmpty() && review.unread().isEmpty()
                && (otherTest != null || UnnamedValues.find(Objects.requireNonNullElse(text, ""), norm, view));
        if (otherTest != null) {
            draft.questions.add(otherTest);
        } else if (unnamed) {
            draft.questions.add(messages.askWhichTest());
        }
        LabContext context = draft.toContext();
        return new LabExtraction(values, context, bandPercent, draft.questions, draft.assumptions, review.unread(), unnamed);
    }
}
