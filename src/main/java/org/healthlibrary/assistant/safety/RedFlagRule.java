package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One compiled line of {@code safety/red-flags.txt}: the kind of rule, its id, its pattern,
 * optional {@code unless} patterns checked against the sentence of a match, and whether
 * every match counts regardless of negation or tense ({@code always}), and whether a present
 * neutropenic fever wins over it ({@code after-fever}). Immutable.
 *
 * @param kind    a {@link RedFlagCategory} name, or {@code FEVER} / {@code FEVER_CONTEXT} / {@code CRISIS_CUE}
 * @param id      unique rule id, reported in {@link RedFlagResult#ruleId()}
 * @param pattern what to find in the normalised message
 * @param unless  drop a match whose sentence matches any of these; may be empty
 * @param always  count a match without asking {@link MentionAnalysis}
 * @param afterFever a fever said outright in someone with low counts or on chemotherapy makes the
 *                message {@link RedFlagCategory#NEUTROPENIC_FEVER} instead ("out of it" with chills)
 * @param gate    a cheap pre-check: when it fails, the pattern cannot match
 */
record RedFlagRule(String kind, String id, Pattern pattern, List<Pattern> unless, boolean always, boolean afterFever,
                   LiteralGate gate) {

    static final String FEVER = "FEVER";
    static final String FEVER_CONTEXT = "FEVER_CONTEXT";
    static final String CRISIS_CUE = "CRISIS_CUE";

    /** True when one of the {@code unless} patterns matches {@code sentence}. */
    boolean excludedIn(String sentence) {
        for (Pattern p : unless) {
            if (p.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /** The category of a symptom rule; not defined for fever rules. */
    RedFlagCategory category() {
        return RedFlagCategory.valueOf(kind);
    }

    /** Loads and validates every rule of a red-flag rule file, in file order. */
    static List<RedFlagRule> load(String resource) {
        List<RedFlagRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFile.Entry e : RuleFile.load(resource).entries()) {
            if (!isKnownKind(e.key())) {
                throw e.fail("unknown rule kind '" + e.key() + "'");
            }
            String[] idAndRegex = e.firstAndRest();
            if (idAndRegex[1].isBlank()) {
                throw e.fail("expected '<KIND> <rule-id> <regex>'");
            }
            if (!ids.add(idAndRegex[0])) {
                throw e.fail("duplicate rule id '" + idAndRegex[0] + "'");
            }
            List<Pattern> unless = new ArrayList<>();
            boolean always = false;
            boolean afterFever = false;
            for (RuleFile.Entry child : e.children()) {
                switch (child.key()) {
                    case "unless" -> unless.add(child.compile(child.value()));
                    case "always" -> always = true;
                    case "after-fever" -> afterFever = true;
                    default -> throw child.fail("unknown option '" + child.key() + "' (expected unless, always or after-fever)");
                }
            }
            rules.add(new RedFlagRule(e.key(), idAndRegex[0], e.compile(idAndRegex[1]), List.copyOf(unless), always, afterFever,
                    LiteralGate.of(idAndRegex[1])));
        }
        return List.copyOf(rules);
    }

    private static boolean isKnownKind(String kind) {
        if (kind.equals(FEVER) || kind.equals(FEVER_CONTEXT) || kind.equals(CRISIS_CUE)) {
            return true;
        }
        for (RedFlagCategory c : RedFlagCategory.values()) {
            if (c.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
