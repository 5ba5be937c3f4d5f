package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word and phrase fixes of {@code safety/spellings.txt} (misspellings, shorthand,
 * contractions without apostrophes), indexed by their first word. Applying them is one
 * left-to-right pass: at each word start, the longest fix that starts there and ends on a word
 * boundary wins. Linear in the text; no regular expression. Immutable and thread-safe.
 */
record SpellingFixes(Map<String, List<String[]>> byFirstWord) {

    private static final String RESOURCE = "/safety/spellings.txt";

    String apply(String s) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isWordChar(s.charAt(i)) || (i > 0 && isWordChar(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < n && isWordChar(s.charAt(wordEnd))) {
                wordEnd++;
            }
            String[] fix = longestAt(s, i, s.substring(i, wordEnd));
            if (fix == null) {
                i = wordEnd;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(s, copied, i).append(fix[1]);
            i += fix[0].length();
            copied = i;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, n).toString();
    }

    private String[] longestAt(String s, int at, String firstWord) {
        List<String[]> candidates = byFirstWord.get(firstWord);
        if (candidates == null) {
            return null;
        }
        for (String[] fix : candidates) {
            int end = at + fix[0].length();
            if (s.startsWith(fix[0], at) && (end == s.length() || !isWordChar(s.charAt(end)))) {
                return fix;
            }
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
    }

    static SpellingFixes load() {
        Map<String, String> map = new HashMap<>();
        for (RuleFile.Entry e : RuleFile.load(RESOURCE).entries()) {
            if (!e.key().equals("fix")) {
                throw e.fail("expected 'fix <as typed> = <canonical>'");
            }
            String[] parts = e.value().split("\\s*=\\s*", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw e.fail("expected 'fix <as typed> = <canonical>'");
            }
            String typed = parts[0].strip();
            if (!isWordChar(typed.charAt(0))) {
                throw e.fail("a fix must start with a letter or digit: '" + typed + "'");
            }
            if (map.put(typed, parts[1].strip()) != null) {
                throw e.fail("duplicate fix for '" + typed + "'");
            }
        }
        Map<String, List<String[]>> index = new HashMap<>();
        for (var entry : map.entrySet()) {
            String typed = entry.getKey();
            int k = 0;
            while (k < typed.length() && isWordChar(typed.charAt(k))) {
                k++;
            }
            index.computeIfAbsent(typed.substring(0, k), x -> new ArrayList<>())
                    .add(new String[] {typed, entry.getValue()});
        }
        Map<String, List<String[]>> frozen = new HashMap<>();
        index.forEach((word, fixes) -> {
            fixes.sort(Comparator.comparingInt((String[] f) -> f[0].length()).reversed());
            frozen.put(word, List.copyOf(fixes));
        });
        return new SpellingFixes(Map.copyOf(frozen));
    }
}
