package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second look at each number the {@link ValueLinker} tied to an analyte name, so that a
 * value is never guessed: what is written right after the name must be one plain number.
 * <ul>
 *   <li>Asked about instead of read: two candidates ("40 or maybe 140", "62/162"), an
 *       estimate or a range ("80ish", "around 50 to 70"), a bound ("platelets &lt;10"), a malformed number (a second decimal
 *       point, exponent notation, NaN, Infinity, a letter for a digit, "3 point something",
 *       digits of two scripts, "1 50", Indian digit grouping "1,50,000"), "between 8 and 9",
 *       and a unit that cannot belong to any blood count ("9 mg/dL", "12 mmHg"; units of another test that the lexer knows, such as mmol/L for platelets,
 *       are asked about by {@link UnitNormalizer}).</li>
 *   <li>Replaced: a value corrected later in the sentence ("100, no sorry I meant 150") and a
 *       past value followed by today's ("was 7 in March, today 11").</li>
 * </ul>
 * Two different values for one analyte named twice are left to {@link CbcClassifier}, which
 * asks which one is current. The questions are {@link CbcMessages}'s {@code ask...} messages.
 * Stateless; thread-safe; each name looks at a bounded window, so
 * the pass is linear in the message.
 */
final class ValueDoubts {

    /**
     * The reviewed values, the analytes whose number was not used (asked about instead), and
     * the questions to ask.
     */
    record Review(List<ValueLinker.Found> found, Set<Analyte> unread, List<String> questions) {
    }

    /** Characters after a name in which its number is looked at. */
    private static final int WINDOW = 48;
    /** Tokens after a value in which a correction or today's value is looked for. */
    private static final int AHEAD = 16;

    /** Words between a name and its number: "hemoglobin came back at", "wbc is either", "platelets like". */
    static final String LEAD = "^[\\s:=,]*(?:(?:is|was|were|are|of|at|came back|come back|said|says|shows|showed"
            + "|anda|anda en|est[aá]|est[aá]n|sali[oó] en|en|dice|de|sali[oó]|salieron|dio|dieron|fue|fueron|es|son"
            + "|reads|read|its|it's|either|like|about|around|somewhere|roughly|approximately|maybe|probably|prob"
            + "|looks|look|looked|seems|seemed|appears|appeared|printed|written|as"
            + "|only|just|now|count|level)[\\s:=,]+){0,4}";
    private static final String NUMBER = "-?\\d+(?:[.,]\\d+)*";

    private static final Pattern LEAD_WORDS = Pattern.compile(LEAD);
    private static final Pattern MALFORMED = Pattern.compile(LEAD + "(?:\\d+\\.\\d*\\.+\\d"
            + "|\\d+,\\d{1,2}\\.\\d|\\d+\\.\\d+,\\d|\\d+[.,]{2,}\\d|\\d+,\\.\\d"
            + "|\\d+(?:\\.\\d+)?e[+-]?\\d"
            + "|(?:-\\s?)?(?:nan|infinity|inf|undefined)\\b"
            + "|\\d*[ol]\\.\\d|\\d+[ol]\\d|\\d+\\.[ol]\\b|[ol]\\d+\\.\\d|\\d+o\\b"
            + "|\\d+(?:\\.\\d+)? point (?!(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\\d)\\b)"
            + "|\\d+(?:\\.\\d+)? ?(?:\\.\\.\\.|…)(?!\\d)(?! ?,? ?or\\b)"
            + "|\\d{1,2}(?:,\\d\\d)+,\\d{3}\\b)");
    private static final Pattern ESTIMATE = Pattern.compile(LEAD + "(?:" + NUMBER + " ?ish\\b"
            + "|" + NUMBER + "(?: ?(?:\\.{2,}|…|,|-|\\?))? ?(?:or|or maybe|or possibly|or perhaps|maybe|possibly|perhaps|/) ?"
            + NUMBER
            + "|" + NUMBER + " ?(?:to|-) ?" + NUMBER + "(?! ?[)\\]])"
            + "|" + NUMBER + " or so\\b"
            + "|between " + NUMBER + " ?(?:and|&|-|to) ?" + NUMBER
            + "|entre " + NUMBER + " ?(?:y|a|-) ?" + NUMBER + "|" + NUMBER + " (?:o|ó|o tal vez|o quizás|o quizas) " + NUMBER + ")");
    /** A bound, not a value: "platelets <10", "wbc > 20", "hgb ≤7". */
    private static final Pattern BOUND = Pattern.compile(LEAD + "(?:<=?|>=?|≤|≥) ?" + NUMBER);
    private static final Pattern WRONG_UNIT = Pattern.compile(LEAD + NUMBER
            + " ?(mg|mcg|ug|meq|iu|ml|ng|pg|kg|lbs?|oz|mmhg|mm hg|bpm|cm)(?: ?/ ?[a-z]+)?\\b");

    static final Set<String> CORRECTION = Set.of("meant", "mean", "sorry", "typo", "correction", "actually",
            "oops", "wait", "scratch", "misread", "mistyped");
    static final Set<String> TODAY = Set.of("today", "now", "latest", "newest", "recent", "recently",
            "tonight", "currently", "new", "morning", "afternoon");
    private static final Set<String> ALTERNATIVE = Set.of("or", "maybe", "possibly", "perhaps", "o", "ó");
    /** Words after which a number belongs to another measurement ("wbc 0.5, chills and 101.8 right now"). */
    static final Set<String> OTHER_MEASURE = Set.of("temp", "temperature", "fever", "chills", "feverish", "degrees",
            "pulse", "bp", "sats", "oxygen", "weight", "weigh", "weighs", "kg", "lbs", "thermometer");

    private ValueDoubts() {
    }

    static Review review(String raw, String norm, TokenView v, List<ValueLinker.Found> found, CbcMessages messages) {
        List<ValueLinker.Found> kept = new ArrayList<>(found);
        Set<Analyte> unread = EnumSet.noneOf(Analyte.class);
        Set<String> questions = new LinkedHashSet<>();
        List<int[]> mixed = MixedDigits.runs(raw, norm);
        for (int i = 0; i < v.size(); i++) {
            TokenView.Mention m = v.mentionAt[i];
            if (m == null || m.analyte() == null) {
                continue;
            }
            int from = v.tokens.get(m.end()).end();
            int to = windowEnd(norm, from);
            String question = doubt(m.analyte(), norm.substring(from, to), from, mixed, messages);
            if (question != null) {
                unread.add(m.analyte());
                questions.add(question);
                kept.removeIf(f -> f.analyte() == m.analyte() && f.value().start() >= from && f.value().start() < to);
            }
        }
        for (int k = 0; k < kept.size(); k++) {
            ValueLinker.Found f = kept.get(k);
            int j = indexOf(v, f.value());
            if (f.analyte() == null || j < 0) {
                continue;
            }
            if (MixedDigits.overlaps(mixed, f.value().start(), f.value().end()) || twoNumbers(v, j)) {
                unread.add(f.analyte());
                questions.add(messages.askUnreadable(f.analyte().layName()));
                kept.remove(k--);
                continue;
            }
            Token.Num better = later(v, j);
            if (better != null) {
                kept.set(k, new ValueLinker.Found(f.analyte(), better, f.range()));
            }
        }
        dropPastWhenTodayGiven(v, kept);
        return new Review(kept, unread, List.copyOf(questions));
    }

    /**
     * "hgb was 11.0, now hgb 9.3": when one analyte is named twice and a word for today sits
     * between the two values or right after the later one, the earlier value is the past one and
     * is dropped ("both dated today" and "same date" keep both). Without such a word both stay, and {@link CbcClassifier} asks which is current.
     */
    private static void dropPastWhenTodayGiven(TokenView v, List<ValueLinker.Found> kept) {
        for (int later = kept.size() - 1; later > 0; later--) {
            ValueLinker.Found f = kept.get(later);
            int j = indexOf(v, f.value());
            for (int earlier = later - 1; earlier >= 0 && j >= 0; earlier--) {
                ValueLinker.Found e = kept.get(earlier);
                int i = indexOf(v, e.value());
                if (e.analyte() == f.analyte() && i >= 0 && i < j && todayBetween(v, i, j)) {
                    kept.remove(earlier);
                    later--;
                }
            }
        }
    }

    private static boolean todayBetween(TokenView v, int from, int to) {
        for (int k = from + 1; k <= Math.min(v.size() - 1, to + 3); k++) {
            if (v.isWord(k, "both") || v.isWord(k, "same")) {
                return false;
            }
        }
        for (int k = from + 1; k <= Math.min(v.size() - 1, to + 3); k++) {
            if (v.isWord(k, TODAY)) {
                return true;
            }
        }
        return false;
    }

    private static String doubt(Analyte analyte, String window, int offset, List<int[]> mixed, CbcMessages m) {
        if (MALFORMED.matcher(window).find()) {
            return m.askUnreadable(analyte.layName());
        }
        Matcher lead = LEAD_WORDS.matcher(window);
        int valueAt = lead.lookingAt() ? offset + lead.end() : offset;
        if (MixedDigits.overlaps(mixed, valueAt, valueAt + 1)) {
            return m.askUnreadable(analyte.layName());
        }
        if (ESTIMATE.matcher(window).find() || BOUND.matcher(window).lookingAt()) {
            return m.askExactNumber(analyte.layName());
        }
        Matcher unit = WRONG_UNIT.matcher(window);
        if (unit.find()) {
            return m.askWrongKindOfUnit(unit.group(1), analyte.layName());
        }
        return null;
    }

    /** "PLT 1 50": a bare one-digit value followed straight away by another bare number. */
    private static boolean twoNumbers(TokenView v, int j) {
        Token.Num value = (Token.Num) v.tokens.get(j);
        Token.Num next = v.freeNum(j + 1);
        boolean alternative = v.isWord(j + 1, ALTERNATIVE) && v.freeNum(j + 2) != null;
        return alternative || next != null && value.bare() && next.bare() && value.integer() && value.value() < 10
                && value.value() >= 0;
    }

    /**
     * A number later in the same sentence that replaces the value: after a correction word
     * ("no sorry I meant 150", "wait typo its 3.2"), or next to a word for today ("today 11",
     * "88 this morning") unless the value has one too ({@link ReadingTimes#sameDay}); a number that
     * starts or ends a range ("402 150 - 400 ... collected today") is a reference range. Stops at
     * another analyte's name and at a word of another measurement ("chills and 101.8 right now"
     * is a temperature).
     */
    private static Token.Num later(TokenView v, int j) {
        boolean correcting = false;
        for (int k = j + 1; k < v.size() && k - j <= AHEAD; k++) {
            Token t = v.tokens.get(k);
            if (TokenView.isSentenceEnd(t) || v.inMention[k] != null) {
                return null;
            }
            if (v.isWord(k, OTHER_MEASURE)) {
                return null;
            }
            correcting |= v.isWord(k, CORRECTION);
            Token.Num n = v.freeNum(k);
            if (n != null && !correcting && SecondReadings.anotherMeasure(v, k, (Token.Num) v.tokens.get(j))) {
                return null;
            }
            boolean range = v.isWord(k + 1, "to") || v.isSym(k + 1, '-')
                    || k >= 2 && (v.isWord(k - 1, "to") || v.isSym(k - 1, '-')) && v.tokens.get(k - 2) instanceof Token.Num;
            if (n != null && !range && (correcting
                    || ReadingTimes.todayAt(v, j, k) && !ReadingTimes.sameDay(v, j, k))) {
                v.claimed[k] = true;
                return n;
            }
        }
        return null;
    }

    private static int indexOf(TokenView v, Token.Num n) {
        for (int i = 0; i < v.size(); i++) {
            if (v.tokens.get(i) == n) {
                return i;
            }
        }
        return -1;
    }

    static int windowEnd(String norm, int from) {
        int end = Math.min(norm.length(), from + WINDOW);
        for (int i = from; i < end; i++) {
            char c = norm.charAt(i);
            if (c == '?' || c == '!' || c == '\n' || c == ';'
                    || c == '.' && (i == 0 || norm.charAt(i - 1) != '.')
                    && (i + 1 == norm.length() || norm.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return end;
    }
}
