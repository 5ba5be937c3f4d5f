package org.healthlibrary.assistant.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a message as typed or transcribed into the canonical form every safety rule is
 * written against: Unicode compatibility-folded (NFKC), lower case, ASCII apostrophes and
 * quotes, no invisible characters, hyphens as spaces, runs of three or more equal letters
 * reduced to one ("cheeest" -> "chest", "noooo" -> "no"), the fixes of
 * {@code safety/spellings.txt} applied ("cant" -> "can't", "not able to" -> "can't",
 * "bleading" -> "bleeding"), and whitespace collapsed. Punctuation stays, because sentence
 * and clause boundaries matter to negation and question handling; line breaks stay too (one
 * {@code \n} per break), because a new line starts a new thought.
 *
 * <p>Why: rules stay short and readable when they only need to match one spelling, and a
 * misspelled emergency is still an emergency. Stateless and thread-safe; linear in the length
 * of the input (fixes are looked up by word, not by regular expression).
 */
final class TextNormalizer {

    private static final String RESOURCE = "/safety/spellings.txt";
    private static final Pattern REPEATS = Pattern.compile("([a-z])\\1{2,}");
    private static final Pattern HYPHEN = Pattern.compile("(?<=[a-z0-9])-+(?=[a-z])|(?<=[a-z])-+(?=[a-z0-9])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\s]*");

    private static final Fixes FIXES = Fixes.load();

    private TextNormalizer() {
    }

    /** The canonical form of {@code text}; {@code null} becomes the empty string. */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = foldCharacters(s).toLowerCase(Locale.ROOT);
        s = REPEATS.matcher(s).replaceAll("$1");
        s = HYPHEN.matcher(s).replaceAll(" ");
        s = LINE_BREAKS.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
        // Two passes: a first fix can expose a second one ("im not able to" -> "i'm can't" -> "i can't").
        s = FIXES.apply(FIXES.apply(s));
        return LINE_BREAKS.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
    }

    /**
     * Same-length folding of look-alike characters: curly apostrophes and quotes to ASCII,
     * dashes to '-', exotic spaces to ' ', invisible characters to ' '. Keeping the length lets
     * {@link InjectionDetector} map positions back to the original text.
     */
    static String foldCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u02BC', '\u00B4', '`', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000', '\u200B', '\u200C', '\u200D',
                     '\u2060', '\uFEFF', '\u00AD' -> ' ';
                case '\r', '\u2028', '\u2029', '\u0085' -> '\n';
                default -> c != '\n' && Character.isWhitespace(c) ? ' ' : c;
            });
        }
        return out.toString();
    }

    /**
     * The word and phrase fixes, indexed by their first word. Applying them is one left-to-right
     * pass: at each word start, the longest fix that starts there and ends on a word boundary
     * wins. Linear in the text; no regular expression.
     */
    private record Fixes(Map<String, List<String[]>> byFirstWord) {

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

        static Fixes load() {
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
            return new Fixes(Map.copyOf(frozen));
        }
    }
}
