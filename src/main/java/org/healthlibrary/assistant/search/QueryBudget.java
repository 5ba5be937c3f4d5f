package org.healthlibrary.assistant.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a long message a search looks at, so that any message the chat accepts (up to
 * 2,000 characters of English, Spanish, CJK, emoji or run-on text) becomes a query of bounded
 * size and cost. Without it, a message of 1,025+ emoji or CJK characters, or about 206+
 * distinct unknown words, made more boolean clauses than Lucene allows
 * ({@code IndexSearcher.TooManyClauses} / {@code TooManyNestedClauses}), and every unknown
 * word of five or more letters cost a spell-checker pass over three fields.
 *
 * <p>A question of ordinary length ({@link #isLong} false) is searched exactly as typed. A long
 * one is searched by its {@link #MAX_KNOWN_WORDS} rarest known words (topic words first, as
 * they carry the subject), joined in the order they were typed; words no article contains
 * add no score to BM25 and are left out of the query text. Stateless; thread-safe.
 */
final class QueryBudget {

    /** Above this many tokens (words, ideographs, emoji), a message is searched by its known words only. */
    static final int LONG_MESSAGE_TOKENS = 64;
    /** Known words kept for a long message: 5 fields x 32 words x a few synonyms stays under Lucene's 1,024 clauses. */
    static final int MAX_KNOWN_WORDS = 32;
    /** Distinct words read against the index per message; a 2,000-character message has at most about 400. */
    static final int MAX_DISTINCT_WORDS = 256;
    /**
     * Analysed terms kept per word: a run of CJK characters is one word of many terms; a word
     * with many synonyms (anemia, MDS) stays whole well below this.
     */
    static final int MAX_TERMS_PER_WORD = 64;
    /** Spell-checker passes per message (each one is a fuzzy scan of three fields). */
    static final int MAX_SPELLING_CANDIDATES = 8;

    private QueryBudget() {
    }

    /**
     * An estimate of the tokens the query analyser makes of {@code text}: letter-or-digit runs,
     * plus each CJK ideograph or kana/hangul character (the standard tokenizer splits those one
     * by one) and each emoji or other symbol.
     */
    static int tokens(String text) {
        int tokens = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSplitOneByOne(cp) || isSymbol(cp)) {
                tokens++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    tokens++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return tokens;
    }

    /** True when {@code text} is too long to be searched as typed. */
    static boolean isLong(String text) {
        return tokens(text) > LONG_MESSAGE_TOKENS;
    }

    /** The terms of one word, at most {@link #MAX_TERMS_PER_WORD}. */
    static List<String> capTerms(List<String> terms) {
        return terms.size() <= MAX_TERMS_PER_WORD ? terms : List.copyOf(terms.subList(0, MAX_TERMS_PER_WORD));
    }

    /**
     * At most {@link #MAX_KNOWN_WORDS} of {@code known}: topic words first, then the rarest, ties
     * by position; returned in their original order.
     */
    static List<QueryTerms.KnownWord> keepRarest(List<QueryTerms.KnownWord> known) {
        if (known.size() <= MAX_KNOWN_WORDS) {
            return known;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> !known.get(i).topic())
                .thenComparing(i -> -known.get(i).idf())
                .thenComparing(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, MAX_KNOWN_WORDS));
        kept.sort(Comparator.naturalOrder());
        return kept.stream().map(known::get).toList();
    }

    /** The query text of a long message: its kept known words, space-separated. */
    static String text(List<QueryTerms.KnownWord> kept) {
        StringBuilder text = new StringBuilder();
        for (QueryTerms.KnownWord w : kept) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(w.word());
        }
        return text.toString();
    }

    private static boolean isSplitOneByOne(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI;
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.CURRENCY_SYMBOL;
    }
}
