package org.healthlibrary.assistant.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes typing slips in the words that say what a question asks ("symtpoms", "teratments",
 * "diagonse", "ihnerited"), so that the question's intent, its keyword query and its embedding
 * all see the word the patient meant. Topic words ("pancytopinia") are fixed later, against the
 * index, by {@code QueryWords}; these question words are too common in passage text for that
 * to find them, and without them a question loses its section ("what are the teratments for X"
 * answered from X's overview).
 *
 * <p>A slip is one swap of neighbouring letters, one letter too many or one too few; one wrong
 * letter counts only in words of 8+ letters, since shorter ones too often make another real
 * word ("rested", "present"). Only words of 6+ letters are touched, and words whose slips are
 * real words of their own are left out of the list ("serious" / "serous"). Deterministic and
 * cheap: a fixed list of 64 words, no index.
 */
final class QuestionSpelling {

    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");
    private static final int MIN_SUBSTITUTION_LENGTH = 8;

    /** The question words fixed towards, all of 6+ letters. */
    static final Set<String> WORDS = Set.of(
            "symptom", "symptoms", "treatment", "treatments", "treated", "treating", "therapy", "therapies",
            "medicine", "medicines", "medication", "medications", "management", "diagnose", "diagnosed",
            "diagnosis", "diagnoses", "diagnosing", "testing", "detected", "procedure", "results", "causes",
            "caused", "causing", "reasons", "triggers", "triggered", "prevent", "prevented", "preventing",
            "prevention", "outlook", "prognosis", "survival", "expectancy", "recovery", "dangerous", "permanent",
            "inherited", "hereditary", "genetic", "genetics", "inheritance", "mutation", "mutations", "frequency",
            "prevalence", "incidence", "common", "frequent", "susceptible", "susceptibility", "difference",
            "compared", "versus", "precautions", "experience", "complication", "complications", "stages",
            "research", "clinical", "trials");

    private QuestionSpelling() {
    }

    /** The question with each slipped question word replaced by the word meant; unchanged otherwise. */
    static String fix(String question) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (WORDS.contains(word)) {
                continue;
            }
            String meant = meant(word);
            if (meant != null) {
                if (out == null) {
                    out = new StringBuilder(question.length() + 4);
                }
                out.append(question, last, m.start()).append(meant);
                last = m.end();
            }
        }
        return out == null ? question : out.append(question, last, question.length()).toString();
    }

    /** The listed word {@code word} is one slip away from, or null (also when two are). */
    static String meant(String word) {
        String found = null;
        for (String w : WORDS) {
            if (oneSlip(word, w)) {
                if (found != null) {
                    return null;
                }
                found = w;
            }
        }
        return found;
    }

    /** True when {@code typed} is {@code word} with one neighbouring swap, extra, missing or (8+ letters) wrong letter. */
    static boolean oneSlip(String typed, String word) {
        int a = typed.length();
        int b = word.length();
        if (Math.abs(a - b) > 1 || typed.equals(word)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a, b) && typed.charAt(i) == word.charAt(i)) {
            i++;
        }
        if (a == b) {
            if (i + 1 < a && typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                    && typed.regionMatches(i + 2, word, i + 2, a - i - 2)) {
                return true;
            }
            return a >= MIN_SUBSTITUTION_LENGTH && typed.regionMatches(i + 1, word, i + 1, a - i - 1);
        }
        return a > b ? typed.regionMatches(i + 1, word, i, b - i) : word.regionMatches(i + 1, typed, i, a - i);
    }
}
