package org.healthlibrary.assistant.cbc;

import java.util.List;
import java.util.Set;

/**
 * The tokens of one message plus what the extraction passes learned about them: which numbers
 * are already claimed (an age, a temperature, a date, a range bound, a value) and where the
 * analyte names are. Helpers answer the questions every pass asks: is this word negated, is
 * this clause hypothetical. Mutable and confined to one {@code extract} call.
 */
final class TokenView {

    /** An analyte name spanning tokens {@code start..end} (inclusive); {@code analyte} is null for band neutrophils. */
    record Mention(Analyte analyte, int start, int end) {
    }

    /** How far back negation and hypothetical markers are looked for. */
    private static final int LOOK_BACK = 30;
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "nor", "denies", "deny",
            "denied", "none", "t", "isnt", "arent", "dont", "doesnt", "havent", "hasnt", "wasnt", "didnt", "negative");
    static final Set<String> HYPOTHETICAL = Set.of("if", "when", "whenever", "what", "whether", "can",
            "could", "does", "should", "would", "might", "how", "why", "may", "unless", "suppose");

    final List<Token> tokens;
    final boolean[] claimed;
    /** Mention starting at each token index, or null. */
    final Mention[] mentionAt;
    /** Mention covering each token index, or null. */
    final Mention[] inMention;

    TokenView(List<Token> tokens) {
        this.tokens = tokens;
        this.claimed = new boolean[tokens.size()];
        this.mentionAt = new Mention[tokens.size()];
        this.inMention = new Mention[tokens.size()];
    }

    int size() {
        return tokens.size();
    }

    /** The word at {@code i}, or null when out of range or not a word. */
    String word(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i) instanceof Token.Word w ? w.text() : null;
    }

    boolean isWord(int i, Set<String> words) {
        String w = word(i);
        return w != null && words.contains(w);
    }

    boolean isWord(int i, String word) {
        return word.equals(word(i));
    }

    boolean isSym(int i, char c) {
        return i >= 0 && i < tokens.size() && tokens.get(i) instanceof Token.Sym s && s.c() == c;
    }

    /** The unclaimed number at {@code i}, or null. */
    Token.Num freeNum(int i) {
        return i >= 0 && i < tokens.size() && !claimed[i] && tokens.get(i) instanceof Token.Num n ? n : null;
    }

    /** The index after {@code i}, stepping over a hyphen ({@code 34-year-old}). */
    int nextSkippingHyphen(int i) {
        return isSym(i + 1, '-') ? i + 2 : i + 1;
    }

    /** True when the tokens touch (no blank between {@code a} and {@code b}). */
    boolean touching(int a, int b) {
        return a >= 0 && b < tokens.size() && tokens.get(a).end() == tokens.get(b).start();
    }

    static boolean isClauseEnd(Token t) {
        return t instanceof Token.Sym s && ",.;?!\n".indexOf(s.c()) >= 0;
    }

    static boolean isSentenceEnd(Token t) {
        return t instanceof Token.Sym s && ".;?!\n".indexOf(s.c()) >= 0;
    }

    /**
     * True when one of the three words before {@code i} in its clause negates it ("no fever",
     * "not on chemo", "isn't pregnant"), or the word after is "free" ("fever-free").
     */
    boolean negated(int i) {
        int words = 0;
        for (int k = i - 1; k >= 0 && words < 3 && !isClauseEnd(tokens.get(k)); k--) {
            if (tokens.get(k) instanceof Token.Word w) {
                if (NEGATIONS.contains(w.text())) {
                    return true;
                }
                words++;
            }
        }
        int next = nextSkippingHyphen(i);
        return isWord(next, "free");
    }

    /** True when the clause holding {@code i} is a question or a condition ("if I get a fever"). */
    boolean hypothetical(int i) {
        for (int k = i - 1; k >= 0 && i - k <= LOOK_BACK && !isClauseEnd(tokens.get(k)); k--) {
            if (isWord(k, HYPOTHETICAL)) {
                return true;
            }
        }
        return false;
    }
}
