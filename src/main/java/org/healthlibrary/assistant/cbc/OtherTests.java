package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A look at numbers of one test that the writer takes for another blood count line; each is
 * asked about, never read as the other line.
 * <ul>
 *   <li>A value of one line asked about as another ("my lymphocytes are 0.8, is that my
 *       neutrophil count?", "hct 28%, so what is my hemoglobin then", "RBC 3.9, so is my
 *       hemoglobin 3.9?"): every value of the message is asked about, with a question for the
 *       line the writer wants.</li>
 *   <li>A number of a test that is no line the reader knows, asked about as one (an oxygen
 *       saturation, the platelet indices MPV and PDW: "my blood oxygen is 94, is that my
 *       hemoglobin?", "MPV 11.2, so are my platelets ok?"): the line named is asked for.</li>
 *   <li>"My iron is 8": many people call hemoglobin "iron", so the writer is asked which test
 *       it is. An amount of an iron medicine ("my iron is 65 mg") is no result.</li>
 * </ul>
 * Why: one line cannot be read from another (a lymphocyte count is no neutrophil count, a
 * hematocrit or a red cell count no hemoglobin, an oxygen saturation no blood count at all); an
 * answer about the number as written would answer a question the writer did not ask. Runs after
 * {@link UnlikelyReadings}; stateless; thread-safe; linear in the message.
 */
final class OtherTests {

    /** Right before a name: the writer asks whether the number is that line ("is that my", "the same as my"). */
    private static final Pattern TAKEN_FOR = Pattern.compile(
            "\\b(?:(?:is|are|was) (?:that|this|it|those|these|that number|this number|that one|this one)"
            + " (?:basically |really |actually |just |also |kind of |sort of |the same (?:thing )?as |same as |like |equal to )?"
            + "|(?:the )?same (?:thing )?as |(?:convert|turn|change) (?:that|this|it|them) (?:in)?to |(?:does|do) (?:that|this|it) make )"
            + "(?:my|his|her|their|the|mom'?s|dad'?s)\\s+$");
    /** Right before a name: "so what is my"; counts only with {@link #THEN_AFTER} after the name. */
    private static final Pattern WHAT_IS = Pattern.compile(
            "\\bwhat(?:'s| is| are| would be| does that make) (?:my|his|her|their|the|mom'?s|dad'?s)\\s+$");
    /** Right before a name: "so is my"; counts only when the name carries the same number as another line. */
    private static final Pattern SO_IS = Pattern.compile("\\bso (?:is|are) (?:my|his|her|their|the)\\s+$");
    /** Right after a name asked about with "what is my": the question is about that number from this one. */
    private static final Pattern THEN_AFTER = Pattern.compile(
            "^\\s*(?:count |level |number )?(?:then|from (?:that|this|it)|from (?:my|the) [a-z]+|based on (?:that|this|it)|in that case)\\b"
            + "|^\\s*(?:count |level |number )?\\d+(?:[.,]\\d+)?\\s*\\?"
            + "|^\\s*(?:count |level |number )?\\??\\s*$");
    /** Tests that are no blood count line the reader knows, said with a number. */
    private static final Pattern NO_LINE = Pattern.compile(
            "\\b(?:spo2|sp02|sp o2|o2 sats?|o2 saturation|oxygen (?:saturation|sats?|level|levels|reading)|blood oxygen(?: level| saturation)?"
            + "|pulse ox(?:imeter)?(?: reading)?|mpv|pdw|mean platelet volume|platelet distribution width|rdw|mchc|mch|ferritin|retics?|reticulocytes?(?: count)?)\\b"
            + "[^.!?\\n\\d]{0,25}\\d");
    /** "My iron is 8", "iron level 40": an iron result or a hemoglobin called iron; not an amount of medicine. */
    private static final Pattern IRON = Pattern.compile(
            "\\b(?:(?:my|his|her|their|the|our|mom'?s|dad'?s) (?:serum )?iron(?: levels?| count| number| reading| results?)?|(?:serum )?iron (?:levels?|count|number|reading|results?))"
            + "(?: (?:is|was|are|were|came back(?: at| as)?|at|of|dropped to|went down to|is only|was only|is just|was just|is now|now))?[ :=]*"
            + "(?:like |about |around |only |just )?\\d+(?:[.,]\\d+)?\\b"
            + "(?! ?(?:mg|mcg|milligrams?|micrograms?|tablets?|pills?|capsules?|caps|tabs|times|days?|weeks?|months?|years?|hours?|am|pm|%|a day|per day|daily))");

    /** A lymphocyte count asked about as neutropenia ("lymphs 0.4, am i neutropenic"). */
    private static final Pattern NEUTROPENIA_ASKED = Pattern.compile(
            "\\b(?:am i|is (?:he|she|it|that|this)|are (?:we|they)|does (?:that|this|it) mean (?:i'?m|im|i am|he'?s|she'?s)|so (?:i'?m|im|i am))"
            + " (?:still |now |really )?(?:neutropenic|neutropaenic|neutropenia)\\b");

    private OtherTests() {
    }

    /** Values taken for another line: every value is asked about, with a question for that line. */
    static ValueDoubts.Review review(String norm, TokenView v, ValueDoubts.Review in, CbcMessages messages) {
        if (in.found().isEmpty()) {
            return in;
        }
        Analyte wanted = takenFor(norm, v, in.found());
        if (wanted == null && NEUTROPENIA_ASKED.matcher(norm).find()
                && in.found().stream().anyMatch(f -> f.analyte() == Analyte.LYMPHOCYTES)
                && in.found().stream().noneMatch(f -> f.analyte() == Analyte.ANC)) {
            wanted = Analyte.ANC;
        }
        if (wanted == null) {
            return in;
        }
        Set<Analyte> unread = in.unread().isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(in.unread());
        Set<String> questions = new LinkedHashSet<>(in.questions());
        List<ValueLinker.Found> kept = new ArrayList<>();
        for (ValueLinker.Found f : in.found()) {
            if (f.analyte() == null) {
                kept.add(f);
            } else {
                unread.add(f.analyte());
            }
        }
        questions.add(messages.askOtherTest(wanted.layName()));
        return new ValueDoubts.Review(kept, unread, List.copyOf(questions));
    }

    /**
     * The question for a message in which no blood count value was read: a number of a test
     * that is no line the reader knows asked about as a line, or "my iron is 8"; null when
     * there is none.
     */
    static String question(String norm, TokenView v, CbcMessages messages) {
        if (NO_LINE.matcher(norm).find()) {
            for (int i = 0; i < v.size(); i++) {
                TokenView.Mention m = v.mentionAt[i];
                if (m != null && m.analyte() != null) {
                    return messages.askOtherTest(m.analyte().layName());
                }
            }
        }
        return IRON.matcher(norm).find() ? messages.askIronOrHemoglobin() : null;
    }

    /**
     * The line the writer asks a value of another line to be: a name after {@link #TAKEN_FOR}
     * or {@link #WHAT_IS} with no value of its own (or only the same number copied), or after
     * {@link #SO_IS} with the same number as another line; null when there is none.
     */
    private static Analyte takenFor(String norm, TokenView v, List<ValueLinker.Found> found) {
        for (int i = 0; i < v.size(); i++) {
            TokenView.Mention m = v.mentionAt[i];
            if (m == null || m.analyte() == null) {
                continue;
            }
            int start = v.tokens.get(m.start()).start();
            String before = norm.substring(Math.max(0, start - 60), start);
            String after = norm.substring(v.tokens.get(m.end()).end(),
                    Math.min(norm.length(), v.tokens.get(m.end()).end() + 30));
            boolean takenFor = TAKEN_FOR.matcher(before).find()
                    || WHAT_IS.matcher(before).find() && THEN_AFTER.matcher(after).find();
            boolean sameNumber = SO_IS.matcher(before).find();
            if (!takenFor && !sameNumber) {
                continue;
            }
            Analyte asked = m.analyte();
            List<ValueLinker.Found> others = found.stream().filter(f -> f.analyte() != null && f.analyte() != asked).toList();
            List<ValueLinker.Found> own = found.stream().filter(f -> f.analyte() == asked).toList();
            boolean copied = own.stream().allMatch(o -> others.stream().anyMatch(x -> x.value().value() == o.value().value()));
            if (!others.isEmpty() && copied && (takenFor || !own.isEmpty())) {
                return asked;
            }
        }
        return null;
    }
}
