package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named list of compiled patterns read from one section ({@code key}) of a rule file:
 * lines {@code <key> <id> <regex>}. Used by the small detectors whose rules are just "any of
 * these patterns". Immutable and thread-safe.
 */
final class PatternSet {

    /** One pattern with its id and its {@link LiteralGate}. */
    record Named(String id, Pattern pattern, LiteralGate gate) {

        /** A named pattern with the gate read from its source. */
        static Named of(String id, Pattern pattern) {
            return new Named(id, pattern, LiteralGate.of(pattern.pattern()));
        }

        /** True when the pattern occurs in {@code text}. */
        boolean foundIn(String text) {
            return gate.mightMatch(text) && gate.find(pattern.matcher(text), text, 0);
        }
    }

    private final List<Named> patterns;

    private PatternSet(List<Named> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Reads every {@code <key> <id> <regex>} line of {@code file}; other keys must be in {@code allowedKeys}. */
    static PatternSet of(RuleFile file, String key, Set<String> allowedKeys) {
        List<Named> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFile.Entry e : file.entries()) {
            if (!allowedKeys.contains(e.key())) {
                throw e.fail("unknown key '" + e.key() + "', expected one of " + allowedKeys);
            }
            if (!e.key().equals(key)) {
                continue;
            }
            String[] idAndRegex = e.firstAndRest();
            if (idAndRegex[1].isBlank()) {
                throw e.fail("expected '" + key + " <id> <regex>'");
            }
            if (!ids.add(idAndRegex[0])) {
                throw e.fail("duplicate id '" + idAndRegex[0] + "'");
            }
            out.add(Named.of(idAndRegex[0], e.compile(idAndRegex[1])));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no '" + key + "' rules found");
        }
        return new PatternSet(out);
    }

    /** The id of the first pattern found in {@code text}, or {@code null}. */
    String firstMatch(String text) {
        for (Named n : patterns) {
            if (n.foundIn(text)) {
                return n.id();
            }
        }
        return null;
    }

    /** Every match of every pattern, as {@code [start, end)} pairs, in no particular order. */
    List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Named n : patterns) {
            if (!n.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = n.pattern().matcher(text);
            for (int from = 0; n.gate().find(m, text, from); from = LiteralGate.after(m)) {
                if (m.end() > m.start()) {
                    out.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return out;
    }

    List<Named> patterns() {
        return patterns;
    }
}
