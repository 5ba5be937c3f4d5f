package org.healthlibrary.assistant.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.healthlibrary.assistant.safety.MentionCues.*;

/**
 * Clause and word arithmetic over one normalised sentence, shared by {@link MentionAnalysis},
 * {@link NegationWindow} and {@link Framings}: where the clause around a position starts and
 * ends ({@link MentionCues#CLAUSE_BREAK}), word counts, and blanking matches while keeping
 * offsets. Stateless; every method is linear in its input.
 */
final class Clauses {

    private Clauses() {
    }

    /** Where the clause holding position {@code rel} starts; a short lead-in joins the clause after it. */
    static int clauseStart(String sentence, int rel) {
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        int previous = 0;
        while (m.find() && m.end() <= rel) {
            previous = start;
            start = m.end();
        }
        // A short lead-in such as "last year," belongs to the clause that follows it.
        if (start > 0 && wordCount(sentence.substring(previous, start)) <= 4) {
            return previous;
        }
        return start;
    }

    /** Where the clause holding position {@code rel} ends (the next clause break, or the sentence's end). */
    static int clauseEnd(String sentence, int rel) {
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.start() >= rel) {
                return m.start();
            }
        }
        return sentence.length();
    }

    /** The text with every match of {@code p} replaced by spaces (offsets kept). */
    static String blank(Pattern p, String text) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Where the last match of {@code p} in {@code text} starts, or -1. */
    static int lastMatchStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The number of words (runs of {@link #isWordChar} characters) in {@code s}. */
    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = isWordChar(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** A character of a word in normalised (lower-case) text: a letter a-z, a digit or an apostrophe. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
    }
}
