package org.healthlibrary.assistant.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of correctly spelled words, and the one a typed word is a typing slip of: one swap of
 * neighbouring letters, one letter too many or one too few, or (in words of 8+ letters) one
 * wrong letter. Shorter words are not given the wrong-letter slip because it too often makes
 * another real word ("rested" / "tested"). Used for question words ({@link QuestionSpelling})
 * and for topic names ({@link TopicWords}). Immutable, thread-safe.
 */
final class SlipWords {

    private static final int MIN_SUBSTITUTION_LENGTH = 8;

    private final Set<String> words;
    /** The words by length: a slip changes the length by at most one, so only three lists are scanned. */
    private final Map<Integer, List<String>> byLength;

    SlipWords(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.byLength = this.words.stream().sorted().collect(Collectors.groupingBy(String::length));
    }

    /** The one word {@code typed} is a slip of, or null: none, more than one, or {@code typed} is itself a word. */
    String meant(String typed) {
        if (words.contains(typed)) {
            return null;
        }
        String found = null;
        for (int length = typed.length() - 1; length <= typed.length() + 1; length++) {
            for (String w : byLength.getOrDefault(length, List.of())) {
                if (oneSlip(typed, w)) {
                    if (found != null) {
                        return null;
                    }
                    found = w;
                }
            }
        }
        return found;
    }

    /** True when {@code typed} is {@code word} with one neighbouring swap, extra, missing or (8+ letters) wrong letter. */
    static boolean oneSlip(String typed, String word) {
        int a = typed.length();
        int b = word.length();
        if (Math.abs(a - b) > 1 || typed.equals(word)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a, b) && typed.charAt(i) == word.charAt(i)) {
            i++;
        }
        if (a == b) {
            if (i + 1 < a && typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                    && typed.regionMatches(i + 2, word, i + 2, a - i - 2)) {
                return true;
            }
            return a >= MIN_SUBSTITUTION_LENGTH && typed.regionMatches(i + 1, word, i + 1, a - i - 1);
        }
        return a > b ? typed.regionMatches(i + 1, word, i, b - i) : word.regionMatches(i + 1, typed, i, a - i);
    }
}
