package org.healthlibrary.assistant.cbc;

import java.util.Set;

/**
 * Which of two numbers for one analyte a word for today belongs to, and whether the later
 * number is only given for comparison. A word for today ("today", "now", "this morning")
 * belongs to the nearer number on its side of a separator ("and", "then", a comma): in
 * "3.1 at the morning draw and 1.3 at the afternoon one" each draw has its own, so neither is
 * "the" value of today and the reader asks which one to use; in "was 7 in March, today 11"
 * only the later one has it. A number after "up from", "down from" or "compared to", with the
 * first value marked as today's or a direction word before "from", is the older value a trend
 * is measured against ("11.5 today, up from 10 last month"), not a second reading.
 *
 * <p>Why: "today X, up from Y last month" is a clear value and must be read; two draws of the
 * same day are not and must be asked about. Stateless; thread-safe; each look is bounded to a
 * few tokens.
 */
final class ReadingTimes {

    /** Tokens around a number in which its word for today is looked for. */
    private static final int NEAR = 4;
    /** Words that split a sentence into the parts of two readings. */
    private static final Set<String> SEPARATORS = Set.of("and", "then", "but", "while", "whereas", "vs", "versus",
            "y", "pero");
    /** Words for today that place a reading after one of earlier the same day ("this morning, now 8"). */
    private static final Set<String> CURRENT = Set.of("now", "currently", "latest", "newest");
    /** Words before "from" that say the value before it moved from an older one. */
    private static final Set<String> DIRECTION = Set.of("up", "down", "higher", "lower", "better", "worse",
            "improved", "rose", "risen", "dropped", "fell", "fallen", "climbed", "jumped", "went", "came", "increased",
            "decreased", "bounced", "back");
    /** Words right before a number that make it an older reading ("was 8", "it was 8"). */
    private static final Set<String> PAST_BEFORE = Set.of("was", "were");
    /** Words right after a number that make it an older reading ("120 last week", "8 yesterday"). */
    private static final Set<String> PAST_AFTER = Set.of("last", "yesterday", "ago", "before", "previously",
            "earlier", "prior", "previous");
    /** Filler between "from" and the number ("up from about 10", "down from like 90"). */
    private static final Set<String> FILLER = Set.of("about", "around", "like", "roughly", "a", "the");

    private ReadingTimes() {
    }

    /**
     * True when a word for today belongs to the number at {@code k}, the later of two numbers
     * ({@code j < k}): within {@link #NEAR} tokens of it, after {@code j}, and when it stands
     * before {@code k}, with no separator between it and {@code k} and nearer to {@code k} than
     * to {@code j} or separated from {@code j}.
     */
    static boolean todayAt(TokenView v, int j, int k) {
        return todayWord(v, j, k) >= 0;
    }

    /**
     * True when the value at {@code j} and the later number at {@code k} both carry a word for
     * today ("3.1 this morning and 1.3 this afternoon") and the later one's word does not place
     * it after the other ("now", "currently"), or the writer says they are of the same day
     * ("same day", "both from today").
     */
    static boolean sameDay(TokenView v, int j, int k) {
        for (int t = j + 1; t < v.size() && t <= k + NEAR && !TokenView.isSentenceEnd(v.tokens.get(t)); t++) {
            if (v.isWord(t, "same") || v.isWord(t, "both")) {
                return true;
            }
        }
        int later = todayWord(v, j, k);
        return later >= 0 && !v.isWord(later, CURRENT) && todayOfFirst(v, j, k);
    }

    /**
     * True when the number at {@code k} is the older value of a trend from the value at
     * {@code j}: "from" (or "compared to", "vs") right before it, and a direction word before
     * "from" or a word for today with the value at {@code j} ("11.5 today, up from 10", "1.5
     * today compared to 0.8"); or the value at {@code j} has a word for today and the number at
     * {@code k} a word for the past ("9 today, was 8 yesterday", "85 this morning, 120 last week").
     */
    static boolean olderOfTrend(TokenView v, int j, int k) {
        int p = k - 1;
        while (p > j && v.isWord(p, FILLER)) {
            p--;
        }
        boolean from = v.isWord(p, "from") || v.isWord(p, "desde");
        boolean compared = v.isWord(p, "vs") || v.isWord(p, "versus")
                || (v.isWord(p, "to") || v.isWord(p, "with")) && v.isWord(p - 1, "compared");
        if (from && v.isWord(p - 1, DIRECTION)) {
            return true;
        }
        boolean firstToday = todayOfFirst(v, j, k) || todayBefore(v, j, p) && !todayAt(v, j, k);
        return firstToday && (from || compared || past(v, k));
    }

    /** True when a word for the past goes with the number at {@code k}: "was 8", "120 last week", "8 yesterday". */
    private static boolean past(TokenView v, int k) {
        if (v.isWord(k - 1, PAST_BEFORE) || v.isWord(k - 2, PAST_BEFORE) && v.word(k - 1) != null) {
            return true;
        }
        for (int t = k + 1; t < v.size() && t - k <= 3 && !TokenView.isClauseEnd(v.tokens.get(t)); t++) {
            if (v.isWord(t, PAST_AFTER)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word for today stands after the value at {@code j} and before token {@code p}. */
    private static boolean todayBefore(TokenView v, int j, int p) {
        for (int t = j + 1; t < p && t - j <= NEAR; t++) {
            if (v.isWord(t, ValueDoubts.TODAY)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the word for today that belongs to {@code k}, or -1. */
    private static int todayWord(TokenView v, int j, int k) {
        for (int t = Math.max(j + 1, k - NEAR); t <= k + NEAR && t < v.size(); t++) {
            boolean before = t < k && !separated(v, t, k) && (k - t < t - j || separated(v, j, t));
            if (t != k && v.isWord(t, ValueDoubts.TODAY) && (t > k || before)) {
                return t;
            }
        }
        return -1;
    }

    /** True when a word for today belongs to the value at {@code j}: before it in its clause, or after it and before a separator. */
    private static boolean todayOfFirst(TokenView v, int j, int k) {
        for (int t = j - 1; t >= 0 && j - t <= NEAR && !TokenView.isClauseEnd(v.tokens.get(t)); t--) {
            if (v.isWord(t, ValueDoubts.TODAY)) {
                return true;
            }
        }
        for (int t = j + 1; t < k && t - j <= NEAR; t++) {
            if (v.isWord(t, ValueDoubts.TODAY) && separated(v, t, k)) {
                return true;
            }
        }
        return false;
    }

    /** True when a separator word or a comma stands between {@code a} and {@code b}. */
    private static boolean separated(TokenView v, int a, int b) {
        for (int t = a + 1; t < b; t++) {
            if (v.isWord(t, SEPARATORS) || v.isSym(t, ',') || v.isSym(t, ';')) {
                return true;
            }
        }
        return false;
    }
}
