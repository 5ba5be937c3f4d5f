package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value given only roughly is asked about, never read: a decade ("wbc somewhere in the 3s",
 * "hgb in the low 8s", "platelets mid-40s") anywhere, and a bound in words ("platelets less
 * than 10", "my wbc is under 2", "hgb barely 7") when its clause states the writer's result:
 * no question mark and no question or condition word in it ("what happens if platelets go
 * under 10?" is a question for the library), and either the writer's words ("my", "they said",
 * "is") or nothing after the bound but a unit ("Platelets below 20 x10^9/L: contact your care
 * team" is a rule quoted, not a result). The question is {@link CbcMessages#askExactNumber}.
 *
 * <p>Why: the reader must not turn "in the 3s" into 3.0 or drop "less than 10" silently; one
 * question gets the number on the report. Runs after {@link ValueDoubts}; stateless;
 * thread-safe; each name looks at a bounded window, so the pass is linear in the message.
 */
final class ApproximateValues {

    private static final Pattern DECADE = Pattern.compile(ValueDoubts.LEAD
            + "(?:in (?:the )?|the )?(?:(?:low|mid|high|upper|lower)[ -]?)?\\d+'?s\\b"
            + "|" + ValueDoubts.LEAD + "(?:in (?:the )?)?(?:low|mid|high|upper|lower)[ -]?\\d+(?:[.,]\\d+)? range\\b");
    private static final Pattern BOUND = Pattern.compile(ValueDoubts.LEAD
            + "(?:less than|lower than|fewer than|under|below|over|above|more than|greater than|higher than"
            + "|at least|at most|no more than|no less than|not even|barely|almost|nearly|close to"
            + "|just (?:under|over|below|above)|a (?:little|bit|tad) (?:under|over|below|above|less than|more than))"
            + " ?\\d+(?:[.,]\\d+)?(?: ?(?:k|thousand|mil))?");
    /** Before the name: the writer's own result ("my", "his", "mom's", "they said"). */
    private static final Pattern OWN = Pattern.compile(
            "\\b(?:my|his|her|their|our|[a-z]+'s|moms|dads|sons|daughters|said|says|told|came back|report|results?"
            + "|is|are|was|were|shows|showed|reads|stayed|stays|still)\\b");
    /** Words a question without a question mark opens with. */
    private static final Set<String> QUESTION_OPENERS = Set.of("is", "are", "do", "will", "which", "who");
    /** The name, its words and the bound are the whole sentence ("platelets less than 10"). */
    private static final Pattern ENDS = Pattern.compile("^\\s*(?:[a-z/^0-9]+)?\\s*(?:[.!;\\n]|$)");

    private ApproximateValues() {
    }

    static ValueDoubts.Review review(String norm, TokenView v, ValueDoubts.Review in, CbcMessages messages) {
        List<ValueLinker.Found> kept = new ArrayList<>(in.found());
        Set<Analyte> unread = in.unread().isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(in.unread());
        Set<String> questions = new LinkedHashSet<>(in.questions());
        for (int i = 0; i < v.size(); i++) {
            TokenView.Mention m = v.mentionAt[i];
            if (m == null || m.analyte() == null) {
                continue;
            }
            int from = v.tokens.get(m.end()).end();
            int to = ValueDoubts.windowEnd(norm, from);
            String window = norm.substring(from, to);
            if (DECADE.matcher(window).find() || bound(norm, v, m, window)) {
                unread.add(m.analyte());
                questions.add(messages.askExactNumber(m.analyte().layName()));
                kept.removeIf(f -> f.analyte() == m.analyte() && f.value().start() >= from && f.value().start() < to);
            }
        }
        return new ValueDoubts.Review(kept, unread, List.copyOf(questions));
    }

    /**
     * True when the name is followed by a bound stated as the writer's result: a sentence with
     * no question in it, and either the writer's own words ("my", "they said", "are") or nothing
     * after the bound but its unit.
     */
    private static boolean bound(String norm, TokenView v, TokenView.Mention m, String window) {
        Matcher b = BOUND.matcher(window);
        if (!b.find() || !statement(v, m.start())) {
            return false;
        }
        int sentence = m.start();
        while (sentence > 0 && !TokenView.isSentenceEnd(v.tokens.get(sentence - 1))) {
            sentence--;
        }
        String said = norm.substring(v.tokens.get(sentence).start(), v.tokens.get(m.end()).end() + b.end());
        return OWN.matcher(said).find() || ENDS.matcher(window.substring(b.end())).lookingAt();
    }

    /**
     * True when the clause holding token {@code i} (up to a comma or a sentence end) has no
     * question mark at its end, no question or condition word, and does not open as a question
     * ("is a platelet count under 20 dangerous"). A question in a clause of its own after the
     * bound ("nurse said platelets less than 20, how dangerous is that") leaves the bound a
     * result.
     */
    private static boolean statement(TokenView v, int i) {
        int start = i;
        while (start > 0 && !TokenView.isClauseEnd(v.tokens.get(start - 1))) {
            start--;
        }
        if (v.isWord(start, QUESTION_OPENERS)) {
            return false;
        }
        for (int k = start; k < v.size(); k++) {
            Token t = v.tokens.get(k);
            if (t instanceof Token.Sym s && s.c() == '?' || v.isWord(k, TokenView.HYPOTHETICAL)) {
                return false;
            }
            if (k > i && TokenView.isClauseEnd(t)) {
                return true;
            }
        }
        return true;
    }
}
