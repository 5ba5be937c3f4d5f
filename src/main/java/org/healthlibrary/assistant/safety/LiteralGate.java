package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a rule pattern to match: the text must contain at least one
 * of a few literal strings that every match starts with, and, per top-level branch, one literal
 * of each set that every match of that branch contains. {@code \b(?:chest|heart) pain} can only
 * match where "chest" or "heart" occurs, so a message without either word skips the regex; a
 * branch that starts with any word but needs "instead of" is skipped in a message without it.
 *
 * <p>Contract: if {@link #mightMatch} is false, the pattern cannot match (no false negatives).
 * A pattern matches only where one of its top-level branches matches, so the gate passes when
 * some branch has one of its start literals and one literal of each of its required sets in the
 * text. The start literals are read from the pattern source only when its shape is plainly
 * recognised ({@link GateLiterals}): every branch starts (after an optional {@code \b}) with a
 * literal word, a digit ({@code \d}), a plain character class ({@code [2-9]}), a group of such
 * alternatives, or an optional group followed by such a start ({@code (?:mini )?stroke} starts
 * with "mini " or "stroke"), each maybe after a look-around (zero-width). For anything else (a
 * capturing group, a negated class) the gate always passes. The required sets are read by
 * {@link RequiredLiterals}; a branch with none only needs its start. A pattern with inline flags
 * ({@code (?i)}: a literal would no longer match only itself) or quoting ({@code \Q}) gets a gate
 * that always passes. A test checks the contract against every shipped rule on the labelled
 * messages.
 *
 * <p>Why: most rules cannot apply to a given message; {@link String#contains} is far cheaper
 * than running a large alternation at every position. For the same reason {@link #find} tries a
 * pattern only where a start literal of a branch that might match occurs: on a message of 2,000
 * characters that is a handful of positions instead of every one. A start literal that begins
 * with another one ("stroke" after "s") is dropped: the shorter one already marks every such
 * position. Immutable and thread-safe.
 */
final class LiteralGate {

    private static final LiteralGate ALWAYS = new LiteralGate(null, null);

    /** Gates of patterns compiled in code, by pattern (a fixed, small set). */
    private static final Map<Pattern, LiteralGate> COMPILED = new ConcurrentHashMap<>();

    /** One top-level branch: the literals its matches start with, and its required sets. */
    private record Branch(String[] starts, String[][] required) {

        /** True when every required set has a literal in {@code text} (the start is left to the caller). */
        boolean requirementsIn(String text) {
            for (String[] set : required) {
                if (!anyIn(set, text)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The start literals of all branches; null when the gate passes everything. */
    private final String[] literals;
    private final Branch[] branches;
    private final boolean anyRequired;

    private LiteralGate(String[] literals, Branch[] branches) {
        this.literals = literals;
        this.branches = branches;
        boolean required = false;
        for (Branch b : branches == null ? new Branch[0] : branches) {
            required |= b.required().length > 0;
        }
        this.anyRequired = required;
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
        if (!withoutFlagsOrQuoting(regex)) {
            return ALWAYS;
        }
        List<String> parts = GateLiterals.splitTopLevel(regex);
        Branch[] branches = new Branch[parts.size()];
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < branches.length; i++) {
            Set<String> starts = GateLiterals.startsOf(parts.get(i));
            if (starts == null || starts.isEmpty() || starts.contains("")) {
                return ALWAYS;
            }
            String[] kept = withoutLongerPrefixed(starts);
            all.addAll(List.of(kept));
            branches[i] = new Branch(kept, RequiredLiterals.of(parts.get(i)).stream()
                    .map(set -> set.toArray(String[]::new)).toArray(String[][]::new));
        }
        return new LiteralGate(withoutLongerPrefixed(all), branches);
    }

    /** False only when the pattern certainly cannot match {@code text}. */
    boolean mightMatch(String text) {
        if (literals == null) {
            return true;
        }
        for (Branch b : branches) {
            if (anyIn(b.starts(), text) && b.requirementsIn(text)) {
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
        String[] literals = anyRequired ? startsOfPossibleBranches(text) : this.literals;
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

    /** The start literals of the branches whose required sets all occur in {@code text}. */
    private String[] startsOfPossibleBranches(String text) {
        Set<String> out = new LinkedHashSet<>();
        int possible = 0;
        for (Branch b : branches) {
            if (b.requirementsIn(text)) {
                out.addAll(List.of(b.starts()));
                possible++;
            }
        }
        return possible == branches.length ? literals : out.toArray(String[]::new);
    }

    private static boolean anyIn(String[] literals, String text) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literals without those that start with another of them, in sorted order: every position
     * where a dropped one occurs is already a position of the shorter one.
     */
    static String[] withoutLongerPrefixed(Set<String> literals) {
        List<String> sorted = new ArrayList<>(literals);
        Collections.sort(sorted);
        List<String> kept = new ArrayList<>();
        for (String s : sorted) {
            if (kept.isEmpty() || !s.startsWith(kept.get(kept.size() - 1))) {
                kept.add(s);
            }
        }
        return kept.toArray(String[]::new);
    }

    /** False when the source has inline flags ({@code (?i)}, {@code (?x:..)}) or quoting ({@code \Q}). */
    private static boolean withoutFlagsOrQuoting(String regex) {
        for (int i = 0; i + 1 < regex.length(); i++) {
            char c = regex.charAt(i);
            char next = regex.charAt(i + 1);
            if (c == '\\') {
                if (next == 'Q') {
                    return false;
                }
                i++;
            } else if (c == '(' && next == '?' && (i + 2 >= regex.length() || ":=!<>".indexOf(regex.charAt(i + 2)) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** True when some branch needs more than its start (for tests and figures). */
    boolean hasRequired() {
        return anyRequired;
    }

    /** True when this gate never filters anything. */
    boolean passesEverything() {
        return literals == null;
    }

}
