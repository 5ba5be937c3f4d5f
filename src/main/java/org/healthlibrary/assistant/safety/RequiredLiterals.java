package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads, from one top-level branch of a regular expression's source, literals that every match
 * of the branch must contain somewhere (not only at its start): the required sets of a
 * {@link LiteralGate}. {@code \b{DRUGS}\b[^.!?\n]{0,60}? (?:instead of|rather than) }... can only
 * match a text that contains "instead of" or "rather than".
 *
 * <p>The branch is read as a sequence of elements at group depth 0, each with its quantifier.
 * An element that must occur at least once (no quantifier, {@code +}, {@code {n,..}} with n of at
 * least 1, lazy or possessive alike) gives a requirement when it is
 * <ul>
 *   <li>a run of literal characters (a letter, digit, space or escaped punctuation): the run, up
 *       to a character made optional by its own quantifier ({@code pills?} requires "pill");</li>
 *   <li>a non-capturing group whose alternatives all start with known literals (read by
 *       {@link GateLiterals#alternatives}): one of those literals;</li>
 *   <li>{@code \d} or a plain character class of at most {@value #MAX_CLASS} characters: one of
 *       its characters.</li>
 * </ul>
 * Everything else gives no requirement: optional elements, look-arounds (a negative look-ahead
 * is no requirement, a positive one is not part of the match), {@code \b}, {@code ^}, {@code $},
 * {@code .}, class escapes such as {@code \s}, negated or wide classes, capturing and other
 * groups. An escape that is not plainly one of these ({@code \p{..}}, {@code \x..},
 * back-references, {@code \Q}) ends the reading: the elements before it still count, nothing
 * after it does. Never a guess: a requirement read here holds for every match of the branch.
 * Inline flags and quoting are refused for the whole pattern by {@link LiteralGate}.
 *
 * <p>Why: a rule that starts with a large alternation of drug names and a suffix branch such as
 * {@code [a-z]{3,}(?:azole|...)} can start at any letter, so its start literals never rule a
 * message out; but it usually also needs a phrase such as "instead of" that most messages lack.
 * Stateless and thread-safe.
 */
final class RequiredLiterals {

    /** Widest class read as a requirement (a set of single characters is only worth checking when small). */
    static final int MAX_CLASS = 10;

    /** Largest set kept: checking a long list of literals costs more than it saves. */
    static final int MAX_SET = 64;

    private RequiredLiterals() {
    }

    /**
     * The required sets of one top-level branch, smallest first: every match of the branch contains
     * at least one literal of each set. Empty when nothing is known.
     */
    static List<Set<String>> of(String branch) {
        List<Set<String>> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            Set<String> atom = null;
            boolean literal = false;
            boolean zeroWidth = false;
            int end;
            if (c == '\\') {
                if (i + 1 >= branch.length()) {
                    break;
                }
                char e = branch.charAt(i + 1);
                end = i + 2;
                if ("bBAGZz".indexOf(e) >= 0) {
                    zeroWidth = true;
                } else if (e == 'd') {
                    atom = GateLiterals.DIGITS;
                } else if ("DsSwWhHvVRX".indexOf(e) >= 0) {
                    atom = null;
                } else if (!Character.isLetterOrDigit(e)) {
                    literal = true;
                    c = e;
                } else {
                    break;
                }
            } else if (c == '[') {
                int close = GateLiterals.classEnd(branch.substring(i));
                if (close < 0) {
                    break;
                }
                end = i + close;
                Set<String> chars = GateLiterals.classChars(branch.substring(i + 1, end - 1));
                atom = chars != null && chars.size() <= MAX_CLASS ? chars : null;
            } else if (c == '(') {
                int close = GateLiterals.matchingParen(branch, i);
                if (close < 0) {
                    break;
                }
                end = close + 1;
                String open = branch.substring(i, Math.min(branch.length(), i + 4));
                if (open.startsWith("(?=") || open.startsWith("(?!") || open.startsWith("(?<=") || open.startsWith("(?<!")) {
                    zeroWidth = true;
                } else if (open.startsWith("(?:")) {
                    Set<String> inner = GateLiterals.alternatives(branch.substring(i + 3, close));
                    atom = inner == null || inner.isEmpty() || inner.contains("") ? null : inner;
                }
            } else if (c == '^' || c == '$') {
                zeroWidth = true;
                end = i + 1;
            } else if (c == '.') {
                end = i + 1;
            } else if ("?*+{}|)]".indexOf(c) >= 0) {
                break; // a quantifier with nothing before it, or a stray bracket: not a plain shape
            } else {
                literal = true;
                end = i + 1;
            }
            int afterQuantifier = quantifierEnd(branch, end);
            if (afterQuantifier < 0) {
                break;
            }
            boolean optional = afterQuantifier > end && GateLiterals.isOptionalQuantifier(branch, end);
            boolean repeated = afterQuantifier > end && !optional;
            if (literal && !optional) {
                run.append(c);
            }
            if (!literal || afterQuantifier > end) {
                flush(run, out);
            }
            if (!literal && !zeroWidth && !optional && atom != null) {
                out.add(atom);
            }
            i = afterQuantifier;
        }
        flush(run, out);
        List<Set<String>> kept = new ArrayList<>();
        for (Set<String> set : out) {
            String[] shortest = LiteralGate.withoutLongerPrefixed(set);
            if (shortest.length <= MAX_SET) {
                kept.add(withoutRedundant(shortest));
            }
        }
        kept.sort(Comparator.comparingInt(Set::size));
        return kept;
    }

    /** Index after the quantifier at {@code at} (maybe lazy or possessive), {@code at} if none, -1 if malformed. */
    private static int quantifierEnd(String s, int at) {
        if (at >= s.length()) {
            return at;
        }
        char c = s.charAt(at);
        int i;
        if (c == '?' || c == '*' || c == '+') {
            i = at + 1;
        } else if (c == '{') {
            int close = s.indexOf('}', at);
            if (close < 0 || !s.substring(at + 1, close).matches("\\d+(,\\d*)?")) {
                return -1;
            }
            i = close + 1;
        } else {
            return at;
        }
        return i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+') ? i + 1 : i;
    }

    /** Adds the literal run read so far as a requirement (unless it is only spaces) and clears it. */
    private static void flush(StringBuilder run, List<Set<String>> out) {
        if (!run.toString().isBlank()) {
            out.add(Set.of(run.toString()));
        }
        run.setLength(0);
    }

    /** The set without literals that contain another of its literals (a text with the longer one has the shorter). */
    private static Set<String> withoutRedundant(String[] set) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : set) {
            boolean redundant = false;
            for (String t : set) {
                if (!t.equals(s) && s.contains(t)) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                out.add(s);
            }
        }
        return out;
    }
}
