package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a rule pattern to match: the text must contain at least one
 * of a few literal strings that every match starts with. {@code \b(?:chest|heart) pain} can only
 * match where "chest" or "heart" occurs, so a message without either word skips the regex.
 *
 * <p>Contract: if {@link #mightMatch} is false, the pattern cannot match (no false negatives).
 * The literals are read from the pattern source only when its shape is plainly recognised: a
 * top-level alternation whose every branch starts (after an optional {@code \b}) with a literal
 * word, a digit ({@code \d}), a plain character class ({@code [2-9]}), a group of such
 * alternatives, or an optional group followed by such a start ({@code (?:mini )?stroke} starts
 * with "mini " or "stroke"), each maybe after a look-around (zero-width). For anything else
 * (a capturing group, a negated class) the gate always passes. A test checks the contract
 * against every shipped rule on the labelled messages.
 *
 * <p>Why: most rules cannot apply to a given message; {@link String#contains} is far cheaper
 * than running a large alternation at every position. For the same reason {@link #find} tries a
 * pattern only where one of its literals occurs: on a message of 2,000 characters that is a
 * handful of positions instead of every one. Immutable and thread-safe.
 */
final class LiteralGate {

    private static final LiteralGate ALWAYS = new LiteralGate(null);

    /** Gates of patterns compiled in code, by pattern (a fixed, small set). */
    private static final Map<Pattern, LiteralGate> COMPILED = new ConcurrentHashMap<>();

    /** Literal characters that may appear in an extracted prefix. */
    private static final Pattern LITERAL_CHAR = Pattern.compile("[a-z0-9' ]");

    /** What {@code \\d} can start with (the rule files are matched without UNICODE_CHARACTER_CLASS). */
    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** Widest character range a class may have and still be read as literals. */
    private static final int MAX_CLASS_RANGE = 26;

    private final String[] literals;

    private LiteralGate(String[] literals) {
        this.literals = literals;
    }

    /**
     * The gate of a compiled pattern, read once per pattern: for the patterns compiled in code
     * (the rule files' patterns carry their gates). A pattern compiled with flags that change what
     * a literal matches (case-insensitive, comments, literal) gets a gate that always passes.
     */
    static LiteralGate forPattern(Pattern p) {
        return COMPILED.computeIfAbsent(p, k -> (k.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL)) != 0
                ? ALWAYS : of(k.pattern()));
    }

    /** The gate for a pattern source (after macro expansion). */
    static LiteralGate of(String regex) {
        Set<String> found = alternatives(regex);
        if (found == null || found.isEmpty() || found.contains("")) {
            return ALWAYS;
        }
        return new LiteralGate(found.toArray(String[]::new));
    }

    /** False only when the pattern certainly cannot match {@code text}. */
    boolean mightMatch(String text) {
        if (literals == null) {
            return true;
        }
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves {@code m} (a matcher of this gate's pattern over {@code text}) to the first match that
     * starts at or after {@code from}: the same match {@code m.find(from)} gives, found by trying
     * the pattern only where one of the literals occurs (every match starts there). The region is
     * transparent and non-anchoring, so look-arounds, {@code \b} and {@code ^} see the whole text.
     * The next call should pass {@link #after}{@code (m)}, as {@link Matcher#find()} would go on.
     *
     * @return false when there is no further match
     */
    boolean find(Matcher m, String text, int from) {
        if (from > text.length()) {
            return false;
        }
        if (literals == null) {
            return m.find(from);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int[] next = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            next[i] = text.indexOf(literals[i], from);
        }
        while (true) {
            int at = -1;
            for (int n : next) {
                if (n >= 0 && (at < 0 || n < at)) {
                    at = n;
                }
            }
            if (at < 0) {
                return false;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                return true;
            }
            for (int i = 0; i < literals.length; i++) {
                if (next[i] == at) {
                    next[i] = text.indexOf(literals[i], at + 1);
                }
            }
        }
    }

    /** Where the search after {@code m}'s match goes on: its end, or one past an empty match. */
    static int after(Matcher m) {
        return m.end() > m.start() ? m.end() : m.end() + 1;
    }

    /** True when this gate never filters anything. */
    boolean passesEverything() {
        return literals == null;
    }

    /** Starting literals of every top-level alternative, or {@code null} if any has none. */
    private static Set<String> alternatives(String regex) {
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
    private static Set<String> startsOf(String branch) {
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
    private static int classEnd(String s) {
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
    private static Set<String> classChars(String body) {
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

    private static boolean isOptionalQuantifier(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return c == '?' || c == '*' || (c == '{' && s.startsWith("{0", at));
    }

    /** Index of the parenthesis closing the one at {@code open}, or -1. */
    private static int matchingParen(String s, int open) {
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
