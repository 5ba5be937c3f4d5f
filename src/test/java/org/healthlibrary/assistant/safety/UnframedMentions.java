package org.healthlibrary.assistant.safety;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The red-flag rules with the framing cues switched off, for experiments that need the messages
 * a rule set without a given cue would have alarmed on: a message "mentions" an emergency when a
 * symptom rule of {@code safety/red-flags.txt} matches it anywhere (its {@code unless} patterns
 * still apply), however {@link MentionAnalysis} reads the mention (negated, past, hypothetical,
 * reported, fiction, figurative). The rules tuned on a blind round let all of its near misses
 * through, so this is the stand-in for the near misses a first try would have alarmed on.
 *
 * <p>Test and bench use only; immutable and thread-safe.
 */
public final class UnframedMentions {

    private static final List<RedFlagRule> SYMPTOM_RULES = RedFlagRule.load("/safety/red-flags.txt").stream()
            .filter(r -> !r.kind().equals(RedFlagRule.FEVER) && !r.kind().equals(RedFlagRule.FEVER_CONTEXT)
                    && !r.kind().equals(RedFlagRule.CRISIS_CUE))
            .toList();

    private UnframedMentions() {
    }

    /** The category of the first symptom rule (file order) matching the message anywhere, read any way. */
    public static Optional<RedFlagCategory> firstMention(String message) {
        String text = CanonicalText.normalize(message);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        MentionAnalysis analysis = new MentionAnalysis(text);
        for (RedFlagRule rule : SYMPTOM_RULES) {
            if (!rule.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            for (int from = 0; rule.gate().find(m, text, from); from = LiteralGate.after(m)) {
                if (m.end() > m.start() && !rule.excludedIn(analysis.sentenceAt(m.start()))) {
                    return Optional.of(rule.category());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How many symptom-rule mentions in the message the rules read as not affirmed (negated, past,
     * hypothetical, a general question, reported, fiction, figurative): a weak framing cue.
     */
    public static int framedMentions(String message) {
        String text = CanonicalText.normalize(message);
        if (text.isEmpty()) {
            return 0;
        }
        MentionAnalysis analysis = new MentionAnalysis(text);
        int framed = 0;
        for (RedFlagRule rule : SYMPTOM_RULES) {
            if (rule.always() || !rule.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            for (int from = 0; rule.gate().find(m, text, from); from = LiteralGate.after(m)) {
                if (m.end() > m.start() && !rule.excludedIn(analysis.sentenceAt(m.start()))
                        && analysis.status(m.start(), m.end()) != MentionAnalysis.Status.AFFIRMED) {
                    framed++;
                }
            }
        }
        return framed + (analysis.resolvedEpisode() ? 1 : 0);
    }
}
