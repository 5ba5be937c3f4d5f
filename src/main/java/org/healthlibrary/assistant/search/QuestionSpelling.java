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
 * <p>A slip is {@link SlipWords}' (a swap, an extra or a missing letter; a wrong letter only in
 * words of 8+ letters). Only words of 6+ letters are touched, and words whose slips are
 * real words of their own are left out of the list ("serious" / "serous"). Deterministic and
 * cheap: a fixed list of 64 words, no index.
 */
final class QuestionSpelling {

    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

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
    private static final SlipWords VOCABULARY = new SlipWords(WORDS);

    private QuestionSpelling() {
    }

    /** The question with each slipped question word replaced by the word meant; unchanged otherwise. */
    static String fix(String question) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String meant = VOCABULARY.meant(m.group().toLowerCase(Locale.ROOT));
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
}
