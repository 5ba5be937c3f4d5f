package org.healthlibrary.assistant.safety;

import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.TextNormalizer;

/**
 * Turns a message as typed or transcribed into the canonical form every safety rule is
 * written against: the shared character folding of {@link TextNormalizer} (NFKC, ASCII quotes
 * and digits, no invisible characters, lower case), then the safety-specific steps: hyphens
 * as spaces, runs of three or more equal letters reduced to one ("cheeest" -> "chest", "noooo"
 * -> "no"), the fixes of {@code safety/spellings.txt} applied ({@link SpellingFixes}: "cant" ->
 * "can't", "not able to" -> "can't", "bleading" -> "bleeding"), and whitespace collapsed.
 * Punctuation stays, because sentence and clause boundaries matter to negation and question
 * handling; line breaks stay too (one {@code \n} per break), because a new line starts a new
 * thought.
 *
 * <p>Why: rules stay short and readable when they only need to match one spelling, and a
 * misspelled emergency is still an emergency. Stateless and thread-safe; linear in the length
 * of the input (fixes are looked up by word, not by regular expression).
 */
final class CanonicalText {

    private static final Pattern REPEATS = Pattern.compile("([a-z])\\1{2,}");
    private static final Pattern HYPHEN = Pattern.compile("(?<=[a-z0-9])-+(?=[a-z])|(?<=[a-z])-+(?=[a-z0-9])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final Pattern LINE_BREAKS = Pattern.compile(" ?\\n[\\s]*");

    private static final SpellingFixes FIXES = SpellingFixes.load();

    private CanonicalText() {
    }

    /** The canonical form of {@code text}; {@code null} becomes the empty string. */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = TextNormalizer.normalize(text);
        s = REPEATS.matcher(s).replaceAll("$1");
        s = HYPHEN.matcher(s).replaceAll(" ");
        s = LINE_BREAKS.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
        // Two passes: a first fix can expose a second one ("im not able to" -> "i'm can't" -> "i can't").
        s = FIXES.apply(FIXES.apply(s));
        return LINE_BREAKS.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
    }
}
