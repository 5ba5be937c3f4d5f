package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads, from a regular expression's source, the literal strings every match must start with:
 * the literals of a {@link LiteralGate}. Only plainly recognised shapes are read (see
 * {@link LiteralGate}); for anything else the answer is null ("no literal known"), never a guess.
 * Stateless and thread-safe.
 */
final class GateLiterals {

    /** Literal characters that may appear in an extracted prefix. */
    private static final Pattern LITERAL_CHAR = Pattern.compile("[a-z0-9' ]");

    /** What {@code \\d} can start with (the rule files are matched without UNICODE_CHARACTER_CLASS). */
    static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** Widest character range a class may have and still be read as literals. */
    private static final int MAX_CLASS_RANGE = 26;

    private GateLiterals() {
    }

    /** Starting literals of every top-level alternative, or {@code null} if any has none. */
    static Set<String> alternatives(String regex) {
        Set<String> out = new LinkedHashSet<>();
        for (String branch : splitTopLevel(regex)) {
            Set<String> starts = startsOf(branch);
            if (starts == null) {
                return null;
            }
            out.addAll(starts);
        }
        return out;
    }

    /** Literals one branch must start with, or {@code null} when the shape is not recognised. */
    static Set<String> startsOf(String branch) {
        String b = branch.startsWith("\\b") ? branch.substring(2) : branch;
        if (b.startsWith("(?<!") || b.startsWith("(?<=") || b.startsWith("(?!") || b.startsWith("(?=")) {
            // a look-around is zero-width: the match starts with what follows it
            int close = matchingParen(b, 0);
            return close < 0 || close + 1 >= b.length() || isOptionalQuantifier(b, close + 1)
                    ? null : startsOf(b.substring(close + 1));
        }
        if (b.startsWith("(?:")) {
            int close = matchingParen(b, 0);
            if (close < 0) {
                return null;
            }
            Set<String> inner = alternatives(b.substring(3, close));
            if (inner == null || !isOptionalQuantifier(b, close + 1)) {
                return inner;
            }
            // "(?:mini )?stroke": a match starts with the optional group or with what follows it
            String rest = b.substring(afterQuantifier(b, close + 1));
            Set<String> next = rest.isEmpty() ? null : startsOf(rest);
            if (next == null) {
                return null;
            }
            Set<String> both = new LinkedHashSet<>(inner);
            both.addAll(next);
            return both;
        }
        if (b.startsWith("(")) {
            return null;
        }
        if (b.startsWith("\\d") || b.startsWith("[")) {
            int end = b.startsWith("[") ? classEnd(b) : 2;
            Set<String> chars = end < 0 ? null : b.startsWith("[") ? classChars(b.substring(1, end - 1)) : DIGITS;
            return chars == null || isOptionalQuantifier(b, end) ? null : chars;
        }
        int end = 0;
        while (end < b.length() && LITERAL_CHAR.matcher(String.valueOf(b.charAt(end))).matches()) {
            end++;
        }
        if (end < b.length() && isOptionalQuantifier(b, end)) {
            end--;
        }
        if (end <= 0) {
            return null;
        }
        return Set.of(b.substring(0, end));
    }

    /** Index just after the quantifier ({@code ?}, {@code *}, {@code {m,n}}, maybe lazy) at {@code at}. */
    private static int afterQuantifier(String s, int at) {
        int i = s.charAt(at) == '{' ? s.indexOf('}', at) + 1 : at + 1;
        return i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+') ? i + 1 : i;
    }

    /** Index just after the character class opening at 0, or -1. */
    static int classEnd(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The characters of a plain class body ("2-9", "\\[<{"), or null for a negated class, a
     * class escape ({@code \s}, {@code \p{..}}) or a range wider than {@value #MAX_CLASS_RANGE}.
     */
    static Set<String> classChars(String body) {
        if (body.isEmpty() || body.startsWith("^") || body.contains("&&")) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length() || Character.isLetterOrDigit(body.charAt(i + 1))) {
                    return null;
                }
                c = body.charAt(++i);
            }
            if (i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) != '\\') {
                char to = body.charAt(i + 2);
                if (to < c || to - c > MAX_CLASS_RANGE) {
                    return null;
                }
                for (char x = c; x <= to; x++) {
                    out.add(String.valueOf(x));
                }
                i += 2;
            } else {
                out.add(String.valueOf(c));
            }
        }
        return out;
    }

    static boolean isOptionalQuantifier(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return c == '?' || c == '*' || (c == '{' && s.startsWith("{0", at));
    }

    /** Index of the parenthesis closing the one at {@code open}, or -1. */
    static int matchingParen(String s, int open) {
        return walk(s, open, (i, c, depth) -> c == ')' && depth == 0);
    }

    /** Splits on '|' outside groups and character classes. */
    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        walk(s, 0, (i, c, depth) -> {
            if (c == '|' && depth == 0) {
                out.add(s.substring(start[0], i));
                start[0] = i + 1;
            }
            return false;
        });
        out.add(s.substring(start[0]));
        return out;
    }

    /**
     * Walks the regex {@code s} from {@code from}, skipping escaped characters and character
     * classes, and hands each other character to {@code stop} with the group depth after it
     * (a '(' counts itself, a ')' does not); returns the index where {@code stop} said true, or -1.
     */
    private static int walk(String s, int from, StructuralChar stop) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '[') {
                inClass = true;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (stop.at(i, c, depth)) {
                return i;
            }
        }
        return -1;
    }

    /** A character of a regex outside escapes and classes, with the group depth after it. */
    @FunctionalInterface
    private interface StructuralChar {
        boolean at(int index, char c, int depth);
    }
}
