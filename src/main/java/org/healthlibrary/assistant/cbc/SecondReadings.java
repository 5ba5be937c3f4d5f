package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a second reading of one analyte in the same sentence ("platelets were 40 then 90",
 * "last month my hgb was 8 and this week it was 10.5"): a later free number with no other
 * analyte named in between, which {@link ValueDoubts} did not take as a correction or as
 * today's value. Both numbers are kept, so {@link CbcClassifier} asks which one is from the
 * latest report; the reader never picks one. "This week", "then", "later" and the like do
 * not make a value today's: only a word for today ("today", "now", "this morning") does.
 *
 * <p>Not a second reading: a range bound ("150-400", "normal 150 to 400"), a threshold
 * ("need 100 for surgery", "under 20"), the older value of a trend ("11.5 today, up from 10
 * last month": {@link ReadingTimes#olderOfTrend}), a number of another measurement or test ("38.9 now",
 * "103 fever", "ferritin 12"), a number after a question or condition word, a medicine being
 * taken or a person ("can i take 2 advil", "hes 6"), or a number already claimed (an age, a
 * date, a duration, a dose, another value). Stateless; thread-safe; each value looks at a bounded window, so the pass is
 * linear in the message.
 */
final class SecondReadings {

    /** Tokens after a value in which a second reading is looked for. */
    private static final int AHEAD = 16;
    /** Words right before a number that make it a bound, not a reading ("need 100", "at least 50"). */
    private static final Set<String> BOUND_BEFORE = Set.of("need", "needs", "needed", "goal", "target", "least",
            "most", "normal", "range", "ref", "reference", "usually", "should", "supposed", "cutoff", "limit",
            "if", "unless", "than", "per", "x", "times");

    /**
     * Words after which a number is about something else: taking a medicine ("can i take 2
     * advil"), a person's age ("hes 6", "she's 4", "I'm 70").
     */
    private static final Set<String> OTHER_SUBJECT = Set.of("take", "took", "taking", "takes", "give", "gave",
            "giving", "hes", "shes", "im", "age", "aged", "turned", "turns", "turning", "he", "she", "i");

    private SecondReadings() {
    }

    /**
     * {@code found} plus a second reading after each value that has one (right after it); an
     * analyte already asked about ({@code unread}) gets none.
     */
    static List<ValueLinker.Found> add(TokenView v, List<ValueLinker.Found> found, Set<Analyte> unread) {
        List<ValueLinker.Found> out = new ArrayList<>(found.size());
        for (ValueLinker.Found f : found) {
            out.add(f);
            int j = f.analyte() == null || unread.contains(f.analyte()) ? -1 : v.tokens.indexOf(f.value());
            Token.Num second = j < 0 ? null : after(v, j);
            if (second != null) {
                out.add(new ValueLinker.Found(f.analyte(), second, null));
            }
        }
        return out;
    }

    /**
     * True when the free number at {@code k}, after the value {@code value}, belongs to another
     * measurement: a word of one follows it ("103 fever", "101 degrees"), it carries a
     * temperature unit, or it is shaped like a fever ("38.9", "101.5") and more than twice the
     * value.
     */
    static boolean anotherMeasure(TokenView v, int k, Token.Num value) {
        Token.Num n = v.freeNum(k);
        if (n == null) {
            return false;
        }
        if (n.temp() != null || v.isWord(k + 1, ValueDoubts.OTHER_MEASURE)) {
            return true;
        }
        double x = n.value();
        boolean oneDecimal = !n.integer() && Math.abs(x * 10 - Math.rint(x * 10)) < 1e-9;
        boolean feverShaped = oneDecimal && (x >= 38.0 && x < 43.0 || x >= 100.4 && x < 106.0);
        return n.bare() && feverShaped && x > 2 * value.value();
    }

    private static Token.Num after(TokenView v, int j) {
        Token.Num value = (Token.Num) v.tokens.get(j);
        for (int k = j + 1; k < v.size() && k - j <= AHEAD; k++) {
            Token t = v.tokens.get(k);
            if (TokenView.isSentenceEnd(t) || v.inMention[k] != null || v.isWord(k, ValueDoubts.OTHER_MEASURE)
                    || v.isWord(k, ValueLinker.OTHER_TESTS) || v.isWord(k, ValueLinker.COMPARISON)
                    || v.isWord(k, BOUND_BEFORE) || v.isWord(k, TokenView.HYPOTHETICAL) || v.isWord(k, OTHER_SUBJECT)
                    || t instanceof Token.Sym s && "<>≤≥(=[".indexOf(s.c()) >= 0) {
                return null;
            }
            Token.Num n = v.freeNum(k);
            if (n == null) {
                continue;
            }
            boolean range = v.isWord(k + 1, "to") || v.isSym(k + 1, '-') || v.isSym(k - 1, '-');
            if (range || anotherMeasure(v, k, value) || n.value() < 0) {
                return null;
            }
            if (ReadingTimes.olderOfTrend(v, j, k)) {
                v.claimed[k] = true;
                return null;
            }
            v.claimed[k] = true;
            return n;
        }
        return null;
    }
}
