package org.healthlibrary.assistant.cbc;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lab numbers given without a name the reader knows: "the number came back 7.8 today,
 * should I worry", "got my results 42 and 3.3, good or bad", "mine says 110, what does that
 * mean", and one- or two-letter abbreviations that name no blood count for sure ("the P on my
 * sheet says 90", "my MC is 31", "my L is 1.4 and my H is 11", "the L on my cbc printout is 25"),
 * a number a blood test "says" with no name ("got my blood count back it just says 3.1",
 * "the bloodwork came back 2.9", "my count is 3.2 today"), and a list of numbers right after a results word ("today's
 * counts 8, 90, 2"). Such a message gets a question (which test is each number
 * from) instead of a library answer or a guess.
 *
 * <p>Only when no analyte name was found, a number is left free (not an age, a date, a
 * duration or a temperature), and either a results word and a question about the number
 * ("what does that mean", "good or bad"), a number a result moved to ("it went down to 1.1 from
 * last week"), such an abbreviation, or a blood-test word with a results verb right before the
 * free number stand in the message, and it
 * names no other measurement (blood pressure, sugar, INR, weight, ...). Stateless; thread-safe;
 * linear in the text.
 */
final class UnnamedValues {

    private static final Pattern RESULTS_WORD = Pattern.compile(
            "\\b(?:results?|number|numbers|came back|lab|labs|bloodwork|blood work|blood test|cbc|report|sheet|printout"
            + "|count|counts|says|said|shows|showed|reads"
            + "|resultados?|an[aá]lisis|ex[aá]menes|examen|laboratorio|n[uú]meros?|sali[oó]|hoja|reporte|informe|dice)\\b");
    private static final Pattern ABOUT_THE_NUMBER = Pattern.compile(
            "\\b(?:what (?:does|do) (?:that|it|this|these|those|they|that number|it all) mean|what is that|what's that"
            + "|is (?:that|it|this) (?:good|bad|normal|ok|okay|low|high|too low|too high|dangerous|serious|a problem)"
            + "|are (?:these|those|they|them) (?:good|bad|normal|ok|okay|low|high|too low|too high|dangerous|fine)"
            + "|(?:good|bad|normal|ok|okay) numbers"
            + "|good or bad|bad or good|normal or not|should i (?:be )?(?:worry|worried|concerned)"
            + "|(?:es|son|est[aá]|est[aá]n) (?:malo|mala|malos|bueno|buena|buenos|normal|normales|bajo|baja|bajos|alto|alta|altos"
            + "|grave|peligroso|bien|mal)|qu[eé] significa|debo preocuparme|me preocupo)\\b");
    /** "the P on my sheet says 90", "my MC is 31": raw text, capitals kept. */
    private static final Pattern SHORT_NAME = Pattern.compile(
            "(?:\\b(?:[Mm]y|[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Mm]i|[Ll]a|[Ee]l|[Ss]u)\\s+|(?:^|[.!?]|\\n)\\s*)([A-Z]{1,2})\\b\\s*"
            + "(?i:(?:number|value|line|result|one|count) )?"
            + "(?i:(?:on|in|from) (?:my|the|his|her|our) (?:[a-z]+ ){1,3})?"
            + "(?:is|was|were|=|:|says|said|shows|reads|at|of|came back(?: at)?|(?:is |was )?(?:down|up) to|dropped to"
            + "|es|fue|era|est[aá](?: en)?|sali[oó](?: en)?|dio|qued[oó](?: en)?)\\s*\\d"
            + "|(?<![^\\s(])['\"‘“]([A-Za-z]{1,2}) ?[:=]? ?\\d"
            + "|(?:^|[/,;]\\s?|\\s/\\s?)([A-Z]{1,2}) ?[:=]? ?\\d");
    /**
     * Short names that may or may not be a blood count ("ret 2.1": reticulocytes? "neu 1.4":
     * neutrophils in percent or a count?), with a number.
     */
    private static final Pattern AMBIGUOUS_NAME = Pattern.compile(
            "\\b(?:ret|neu|lym|gra|gran|grans|pmn|pmns|mxd)\\b ?[:=]? ?\\d");
    /**
     * A number a result moved to, with no name: "it went down to 1.1 from last week", "dropped to
     * 60 since monday", "it's up to 450 now".
     */
    private static final Pattern MOVED_TO = Pattern.compile(
            "\\b(?:(?:went|gone|come|came|is|was|it's|its|they're|are|now) (?:down|up)|dropped|fell|fallen|rose|risen"
            + "|climbed|jumped|crashed|sank|shot up|bounced back) (?:all the way |again |back )?to (?:like |about |around )?\\d");
    /**
     * "got my blood count back it just says 3.1", "the bloodwork came back 2.9": a results
     * verb right before the number, in a message about a blood test.
     */
    private static final Pattern BLOOD_TEST = Pattern.compile(
            "\\b(?:blood ?counts?|cbcs?|bloodwork|blood work|blood tests?|blood results?|lab results?|labs?|results?"
            + "|(?:my|his|her|their|the) counts?"
            + "|report|printout|portal|resultados?|an[aá]lisis|ex[aá]menes|examen|laboratorio|hemograma"
            + "|transfusions?|transfused|got blood|(?:one|the other|the first|the second|another) number)\\b");
    private static final Pattern STATED = Pattern.compile(
            "\\b(?:says|say|said|shows|show|showed|reads|read|came back|come back|comes back|was|were|is|are|it's|its"
            + "|sali[oó]|dio|dice|marca|es de|est[aá])"
            + " (?:(?:just|only|a|at|as|like|about|around|now|en|de|como) ){0,2}(\\d+(?:[.,]\\d+)?)\\b"
            + "(?! ?(?:of|out|things|more|other|values|numbers|results|counts|lines|items|tests|%|percent)\\b)");
    /**
     * A list of numbers right after a results word, with no names: "today's counts 8, 90, 2",
     * "labs this morning: 9.1 / 45 / 1.2", "mis resultados 10, 150 y 3".
     */
    private static final Pattern LISTED = Pattern.compile(
            "\\b(?:counts|labs|numbers|results|values|levels|bloodwork|blood work|cbc|blood count|resultados|valores|n[uú]meros|an[aá]lisis)"
            + " (?:(?:today|todays|today's|this morning|from today|were|are|came back|say|says|read|de hoy|hoy|son|fueron|salieron)\\s*)?"
            + "[:=-]?\\s*\\d+(?:[.,]\\d+)?\\s*(?:[,/;]|,? and|,? y)\\s*\\d+(?:[.,]\\d+)?\\b");
    /**
     * Abbreviations that name no blood count. "CT" is not among them: "'ct 45'" written on a
     * sheet is a count or a hematocrit as often as a scan, and a scan carries no such number.
     */
    private static final Set<String> NOT_A_COUNT = Set.of("BP", "HR", "PT", "EF", "RR", "BG", "BS", "OK", "ER",
            "IV", "O", "A", "I", "T", "K", "D", "PR", "US", "UK", "AM", "PM", "X", "Q", "MG", "ML", "MM", "CM", "KG",
            "DR", "NO", "SO", "TO", "IN", "ON", "AT", "IS", "IT", "OF", "OR", "MY", "BY", "UP", "Y", "E", "EN", "DE",
            "LA", "EL", "MI", "HE", "WE", "ME", "BE", "DO", "GO", "HI", "OH", "AN", "AS", "IF", "UM", "AH", "YO", "TU",
            "SU", "LO", "LE", "ES", "SE", "YA", "NI", "C", "F", "U");
    private static final Pattern OTHER_MEASURE = Pattern.compile(
            "\\b(?:pressure|bp|sugar|glucose|a1c|inr|psa|cholesterol|ldl|hdl|weight|weigh|weighs|pulse|heart rate"
            + "|oxygen|sats|iron|ferritin|vitamin|b12|tsh|thyroid|creatinine|potassium|sodium|calcium|magnesium"
            + "|temp|temperature|fever|thermometer|score|age|years|mg|dose|pills?|tablets?"
            + "|presi[oó]n|az[uú]car|glucosa|peso|pulso|ox[ií]geno|colesterol|hierro|tiroides|temperatura|fiebre"
            + "|dosis|pastillas?|a[nñ]os|edad)\\b");

    /**
     * Three or more bare numbers in a row with no names, seen on a screen or a sheet ("12.9 3.8
     * 240, that's what the monitor showed at the clinic"): which test each is from is asked.
     * The row needs a decimal number, so a phone number or a list of pill counts is no row.
     */
    private static final Pattern BARE_ROW = Pattern.compile(
            "(?:^|[\\s:])\\d+(?:[.,]\\d+)?(?:\\s*[,;/]?\\s+\\d+(?:[.,]\\d+)?){2,}\\b(?=[^.!?\\n]{0,60}?\\b(?:screen|monitor|clinic|sheet"
            + "|printout|paper|report|portal|app|results?|labs?|bloodwork|blood work|doctor|nurse)\\b)");

    private UnnamedValues() {
    }

    /** True when {@code norm} gives lab numbers without a name; {@code raw} is the text as typed. */
    static boolean find(String raw, String norm, TokenView v) {
        for (int i = 0; i < v.size(); i++) {
            if (v.inMention[i] != null) {
                return false;
            }
        }
        if (!hasFreeNumber(v) || OTHER_MEASURE.matcher(norm).find()) {
            return false;
        }
        if (RESULTS_WORD.matcher(norm).find() && ABOUT_THE_NUMBER.matcher(norm).find() || MOVED_TO.matcher(norm).find()
                || LISTED.matcher(norm).find() || bareRow(norm)
                || AMBIGUOUS_NAME.matcher(norm).find()) {
            return true;
        }
        if (BLOOD_TEST.matcher(norm).find()) {
            Matcher stated = STATED.matcher(norm);
            while (stated.find()) {
                if (freeAt(v, stated.start(1))) {
                    return true;
                }
            }
        }
        if (ReportedNumbers.find(norm, v)) {
            return true;
        }
        Matcher m = SHORT_NAME.matcher(raw);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!NOT_A_COUNT.contains(name.toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@link #BARE_ROW} finds a row with a decimal number in it. */
    private static boolean bareRow(String norm) {
        Matcher m = BARE_ROW.matcher(norm);
        while (m.find()) {
            if (DECIMAL.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DECIMAL = Pattern.compile("\\d[.,]\\d");

    /** True when the token starting at {@code offset} is a number no pass has claimed. */
    static boolean freeAt(TokenView v, int offset) {
        for (int i = 0; i < v.size(); i++) {
            if (v.tokens.get(i).start() == offset) {
                return v.freeNum(i) != null;
            }
        }
        return false;
    }

    private static boolean hasFreeNumber(TokenView v) {
        for (int i = 0; i < v.size(); i++) {
            if (v.freeNum(i) != null) {
                return true;
            }
        }
        return false;
    }
}
