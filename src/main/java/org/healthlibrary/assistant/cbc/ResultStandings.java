package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A look at what the message says about a value as a result, rather than at the number: a value
 * that is no usable result of today is asked about, never read.
 * <ul>
 *   <li>An older value while the newer result is not known yet ("were 40 at my last visit, the
 *       new results aren't back yet"), or a value from before a treatment that will be checked
 *       again ("87 before the transfusion, they'll recheck after"); "was 8.5, they'll recheck
 *       next week" is the latest result and stays read.</li>
 *   <li>A value expected, not measured ("will probably drop to about 0.5 next week", "they
 *       expect it to bottom out near 20").</li>
 *   <li>A value whose date the writer does not know ("no date on it", "an old printout", "not
 *       sure if that's today's or yesterday's").</li>
 *   <li>A value the lab itself flags as unreliable ("platelet clumps seen", "hemolyzed sample",
 *       "please recollect"): every value of the message is asked about.</li>
 *   <li>No value, only a level the care team named ("the doctor said if my hgb drops under 8 I
 *       need blood"): the number is not read, and the writer is asked for their latest result.</li>
 * </ul>
 * The last two look at the whole message; the first two at the clause of the value. A value said
 * together with a word for today ("87 today") is the current one and stays read in the first
 * case. Why: reading such a number as today's result would answer a question about a number the
 * writer does not have; one question gets the right one. Runs after {@link SelfDoubts};
 * stateless; thread-safe; linear in the message.
 */
final class ResultStandings {

    /** The newer result is not known yet. */
    private static final Pattern PENDING = Pattern.compile(
            "\\b(?:(?:results?|labs?|numbers?|counts?|bloodwork|blood work|they|it|new ones?|today'?s(?: ones?)?)"
            + " (?:aren'?t|are not|isn'?t|is not|haven'?t|have not|hasn'?t|has not|not) (?:in|back|out|up|ready|posted|come back|came back)(?: yet)?"
            + "|(?:still )?(?:waiting|wait) (?:on|for) (?:the |my |today'?s |the new |new )(?:results?|labs?|numbers?|counts?|recheck|ones?)"
            + "|(?:results?|labs?) (?:are |is )?(?:still )?pending|not (?:back|in) yet"
            + "|what (?:are|is) (?:they|it|mine|my [a-z]+) (?:now|today)\\b(?! (?:mean|telling))"
            + "|a[uú]n no (?:salen|sale|tengo|llegan|llega)(?: los| el)? resultados?)\\b");
    /** A new check is to come ("they'll recheck after"): counts only for a value from before a treatment. */
    private static final Pattern RECHECK = Pattern.compile(
            "\\b(?:they'?ll|they will|going to|gonna|will|to) (?:recheck|re-check|check (?:it|them) again|redo|repeat)\\b");
    /** The value is an older one: a past visit or a past tense. */
    private static final Pattern EARLIER = Pattern.compile(
            "\\b(?:was|were|used to be|last (?:visit|time|week|month|draw|check|test)|previous|earlier|ago)\\b");
    /** The value is from before a treatment that changes it. */
    private static final Pattern BEFORE_TREATMENT = Pattern.compile(
            "\\bbefore (?:the |my |his |her |this |today'?s )?(?:[a-z]+ )?(?:transfusion|infusion|surgery|procedure"
            + "|treatment|shot|injection|dose|chemo|neupogen|neulasta|filgrastim)\\b");
    /** Said before the number in its clause: the value is expected, not measured. */
    private static final Pattern EXPECTED = Pattern.compile(
            "\\b(?:will (?:probably |likely |prob |most likely |maybe |possibly )?(?:be|drop|fall|go|get|reach|hit|bottom|dip|sink|land|end up|settle|rise|climb|recover)"
            + "|(?:is|are|it'?s|they'?re) (?:going|gonna) to|expect(?:s|ed|ing)? (?:it |them |my [a-z]+ |her [a-z]+ |his [a-z]+ )?(?:to|around|about|near)"
            + "|predict(?:s|ed)?|project(?:s|ed)|should (?:drop|fall|bottom|reach|hit|get|go|dip|be around|be about|recover)"
            + "|(?:might|may|could) (?:drop|fall|go down|dip|bottom|reach|hit|get as low)"
            + "|bottom(?:s|ing)? out|nadir"
            + "|va(?:n)? a (?:bajar|llegar|estar|caer)|bajar[aá]n?|llegar[aá]n?)\\b");
    /** The writer does not know when the value was measured. */
    private static final Pattern UNDATED = Pattern.compile(
            "\\b(?:no date|undated|not dated|without (?:a )?date|date (?:is )?(?:missing|cut off|torn|smudged)"
            + "|(?:don'?t|do not|dont) know (?:when|the date|what date|what day|which day|how old)"
            + "|(?:not sure|unsure|no idea|can'?t tell|cant tell) (?:when|what date|what day|which day|of the date"
            + "|(?:if|whether) (?:that'?s|thats|that is|it'?s|its|it is|this is|they'?re|theyre) (?:from )?(?:today|todays|today'?s|this week|recent|current|new|old|from today))"
            + "|today'?s or yesterday'?s|todays or yesterdays|yesterday'?s or today'?s"
            + "|old (?:printout|print out|print-out|paper|papers|report|sheet|lab sheet|results?|labs?|bloodwork|blood work|chart)"
            + "|(?:found|came across|dug up) (?:an?|some|this|my) (?:old|random)"
            + "|sin fecha|no (?:tiene|trae) fecha|no s[eé] de cu[aá]ndo|(?:papel|hoja|resultado|an[aá]lisis) viej[oa])\\b");
    /** The lab flags the sample or the result as unreliable ("recollect" alone may mean "remember"). */
    private static final Pattern SPECIMEN = Pattern.compile(
            "\\b(?:(?:platelet|plt) (?:clumps?|clumping|aggregates?)|clump(?:s|ed|ing)? (?:seen|noted|present|detected|observed)"
            + "|clumped (?:sample|specimen|platelets|blood)|(?:sample|specimen|blood) (?:was |is )?clumped"
            + "|h(?:a)?emoly[sz]ed|(?:sample|specimen) (?:shows |showed |with )?h(?:a)?emoly[sz]is|(?:slight|gross|marked) h(?:a)?emoly[sz]is"
            + "|recollection (?:in|requested|suggested|needed|advised|recommended)|(?:please|suggest|recommend|need to|needs to|will|to) re-?collect"
            + "|citrate tube|(?:sample|specimen) (?:was |is )?(?:rejected|contaminated|insufficient|unsuitable|compromised|clotted)"
            + "|clotted (?:sample|specimen|tube)|(?:suggest|please|recommend|advise)(?:ed)? (?:a )?(?:repeat|redraw|re-draw)"
            + "|lab error|falsely (?:low|high|decreased|elevated)|spurious(?:ly)?|pseudo ?thrombocytopenia"
            + "|(?:result|value|count|sample|specimen)s? (?:is |are |was |were |may be |might be )?(?:unreliable|questionable|invalid)"
            + "|agregados plaquetarios|muestra (?:coagulada|hemolizada|rechazada|contaminada)|hemolizad[ao]|repetir (?:la )?muestra)\\b");

    private static final Pattern TODAY_WORD = Pattern.compile("\\b(?:today|todays|tonight|this morning|hoy)\\b");

    /** After a name: a level it might cross ("drops under 8", "goes below 20", "gets over 1.5"). */
    private static final Pattern CROSSES = Pattern.compile(
            "^\\s*(?:(?:is|are|ever|gets|get|goes|go|drops?|falls?|dips?|sinks?|rises?|climbs?|stays?|baja|cae|est[aá])\\s+)"
            + "(?:(?:down|up|to)\\s+)?(?:under|below|less than|lower than|over|above|more than|higher than|de|por debajo de"
            + "|menos de|m[aá]s de)\\s?\\d");
    /** Before a name: "if my", "unless her", "once his", "si mi". */
    private static final Pattern IF_OWN = Pattern.compile(
            "\\b(?:if|unless|once|when|si|cuando) (?:my|his|her|their|our|mi|su|sus|mis)\\s*$");
    /** The level was named by someone ("the doctor said", "they told me"). */
    private static final Pattern NAMED = Pattern.compile("\\b(?:said|says|told|tells|explained|mentioned|dijo|dice|me dijeron)\\b");

    private ResultStandings() {
    }

    /**
     * Analytes named only with a level the care team said they would act at, with no value of
     * their own in the message: added to {@code unread} with a question for the latest result.
     */
    private static void levelsOnly(String norm, TokenView v, List<ValueLinker.Found> found, Set<Analyte> unread,
                                   Set<String> questions, CbcMessages messages) {
        if (!NAMED.matcher(norm).find()) {
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            TokenView.Mention m = v.mentionAt[i];
            if (m == null || m.analyte() == null || unread.contains(m.analyte())
                    || found.stream().anyMatch(f -> f.analyte() == m.analyte())) {
                continue;
            }
            int from = v.tokens.get(m.end()).end();
            String after = norm.substring(from, ValueDoubts.windowEnd(norm, from));
            String before = norm.substring(Math.max(0, v.tokens.get(m.start()).start() - 20), v.tokens.get(m.start()).start());
            if (CROSSES.matcher(after).lookingAt() && IF_OWN.matcher(before).find()) {
                unread.add(m.analyte());
                questions.add(messages.askLatestResult(m.analyte().layName()));
            }
        }
    }

    static ValueDoubts.Review review(String norm, TokenView v, ValueDoubts.Review in, CbcMessages messages) {
        List<ValueLinker.Found> kept = new ArrayList<>();
        Set<Analyte> unread = in.unread().isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(in.unread());
        Set<String> questions = new LinkedHashSet<>(in.questions());
        boolean specimen = SPECIMEN.matcher(norm).find();
        boolean undated = UNDATED.matcher(norm).find();
        boolean pending = PENDING.matcher(norm).find();
        boolean recheck = RECHECK.matcher(norm).find();
        for (ValueLinker.Found f : in.found()) {
            if (f.analyte() == null) {
                kept.add(f);
                continue;
            }
            String name = f.analyte().layName();
            int j = index(v, f.value());
            String before = j < 0 ? "" : norm.substring(v.tokens.get(ownStart(v, j, f.analyte())).start(),
                    f.value().start());
            if (specimen) {
                questions.add(messages.askSampleFlagged(name));
            } else if (undated && !(j >= 0 && todayClause(around(norm, v, j)))) {
                questions.add(messages.askWhenTested(name));
            } else if (EXPECTED.matcher(before).find()) {
                questions.add(messages.askExpectedValue(name));
            } else if (j >= 0 && !today(v, j) && newerExpected(around(norm, v, j), pending, recheck)) {
                questions.add(messages.askNewerResult(name));
            } else {
                kept.add(f);
                continue;
            }
            unread.add(f.analyte());
        }
        levelsOnly(norm, v, in.found(), unread, questions, messages);
        return new ValueDoubts.Review(kept, unread, List.copyOf(questions));
    }

    /**
     * True when the value's clause makes it an older value whose newer result is pending, or a
     * value from before a treatment that will be checked again.
     */
    private static boolean newerExpected(String clause, boolean pending, boolean recheck) {
        boolean beforeTreatment = BEFORE_TREATMENT.matcher(clause).find();
        return pending && (beforeTreatment || EARLIER.matcher(clause).find()) || recheck && beforeTreatment;
    }

    /** The text of the value's clause: from its start to the next clause end after the value. */
    private static String around(String norm, TokenView v, int j) {
        int end = j + 1;
        while (end < v.size() && !TokenView.isClauseEnd(v.tokens.get(end))) {
            end++;
        }
        int to = end < v.size() ? v.tokens.get(end).start() : norm.length();
        return norm.substring(v.tokens.get(clauseStart(v, j)).start(), to);
    }

    /**
     * Where the words that describe the value at {@code j} begin: the last name of its analyte
     * before it in its clause ("my anc will probably drop to 0.5"), else the clause start, so
     * that "I will get chemo if my anc is 1.5" is not an expected value.
     */
    private static int ownStart(TokenView v, int j, Analyte analyte) {
        int start = clauseStart(v, j);
        for (int k = j - 1; k >= start; k--) {
            if (v.mentionAt[k] != null && v.mentionAt[k].analyte() == analyte) {
                return k;
            }
        }
        return start;
    }

    /** The index of the first token of the clause holding token {@code j}. */
    private static int clauseStart(TokenView v, int j) {
        int start = j;
        while (start > 0 && !TokenView.isClauseEnd(v.tokens.get(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * True when the value's clause says it is today's without a doubt about the date in it ("but
     * today my wbc is 5.2"; not "either today's or yesterday's").
     */
    private static boolean todayClause(String clause) {
        return TODAY_WORD.matcher(clause).find() && !UNDATED.matcher(clause).find();
    }

    /** True when a word for today stands right before or after the value ("today 87", "87 this morning"). */
    private static boolean today(TokenView v, int j) {
        for (int t = Math.max(0, j - 2); t <= Math.min(v.size() - 1, j + 3); t++) {
            if (v.isWord(t, "today") || v.isWord(t, "todays") || v.isWord(t, "tonight") || v.isWord(t, "morning")
                    || v.isWord(t, "hoy")) {
                return true;
            }
        }
        return false;
    }

    private static int index(TokenView v, Token.Num n) {
        for (int i = 0; i < v.size(); i++) {
            if (v.tokens.get(i) == n) {
                return i;
            }
        }
        return -1;
    }
}
