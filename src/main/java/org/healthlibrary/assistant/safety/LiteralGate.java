package org.healthlibrary.assistant.safety;

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
        Set<String> found = GateLiterals.alternatives(regex);
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

}
