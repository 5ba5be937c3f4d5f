package org.healthlibrary.assistant.safety;

import java.util.regex.Matcher;

import static org.healthlibrary.assistant.safety.MentionCues.*;

/**
 * Whether a negation cue governs a mention from before it: walks back at most
 * {@value #WORDS} words inside one clause ("no fever, my chest hurts" stops at the comma
 * unless the list is an "or" list), skipping pseudo-negations ("not only", "no doubt") and
 * stopping at a word that starts new content. Split from {@link MentionAnalysis} so each stays
 * small. Stateless.
 */
final class NegationWindow {

    /** Words looked back from the mention at most. */
    static final int WORDS = 6;

    private NegationWindow() {
    }

    /** True when a negation cue in the window before position {@code rel} of {@code sentence} governs what starts there. */
    static boolean negatedBefore(String sentence, int rel) {
        String before = sentence.substring(0, rel);
        boolean allowCommas = OR_BEFORE.matcher(before).find();
        Matcher pm = PSEUDO_NEGATION.matcher(sentence);
        int[] pseudoCovered = new int[before.length() + 1];
        while (pm.find()) {
            for (int i = pm.start(); i < Math.min(pm.end(), before.length()); i++) {
                pseudoCovered[i] = 1;
            }
        }
        int words = 0;
        int i = before.length() - 1;
        while (i >= 0 && words < WORDS) {
            char c = before.charAt(i);
            if (c == ',') {
                if (!allowCommas) {
                    return false;
                }
                i--;
                continue;
            }
            if (!Clauses.isWordChar(c)) {
                if (c == ':' || c == '(' || c == ')' || c == '"' || c == '-') {
                    return false;
                }
                i--;
                continue;
            }
            int wordEnd = i + 1;
            while (i >= 0 && Clauses.isWordChar(before.charAt(i))) {
                i--;
            }
            int wordStart = i + 1;
            String word = before.substring(wordStart, wordEnd);
            words++;
            if (pseudoCovered[wordStart] == 1) {
                continue;
            }
            if (NEGATION_CUES.contains(word)) {
                if (word.equals("free") && !before.startsWith("free of", wordStart)) {
                    continue;
                }
                if (word.equals("negative") && !before.startsWith("negative for", wordStart)) {
                    continue;
                }
                if (word.equals("nothing") && !before.startsWith("nothing like", wordStart)) {
                    continue;
                }
                return true;
            }
            if (NEGATION_BREAKERS.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
