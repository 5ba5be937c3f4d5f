package org.healthlibrary.assistant.knowledge;

import java.util.Locale;

/**
 * Estimates how many syllables an English word has, for reading-grade formulas. The estimate
 * counts groups of vowels ({@code a e i o u y}), drops a silent final {@code e} ("cake",
 * "bone") but keeps a final consonant + {@code le} ("table", "little"), and is never below 1.
 * It is the usual heuristic behind Flesch-Kincaid tools, not a dictionary: "called" counts 2.
 * Stateless and thread-safe.
 */
final class Syllables {

    private Syllables() {
    }

    /** The estimated syllable count of {@code word}; at least 1, also for numbers and symbols. */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w.charAt(i));
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        if (groups > 1 && silentFinalE(w)) {
            groups--;
        }
        return Math.max(1, groups);
    }

    private static boolean silentFinalE(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 'e') {
            return false;
        }
        char before = w.charAt(n - 2);
        if (isVowel(before)) {
            return false; // "free", "toe", "argue": the e is part of a vowel group already
        }
        // "table", "little": consonant + le is its own syllable
        return !(before == 'l' && !isVowel(w.charAt(n - 3)));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
