package org.healthlibrary.assistant.answer.model.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rejects an answer that leaves the topic of its passages: at least {@link #MIN_SHARE} of the
 * answer's distinct content words must occur in the grounding. Words are compared as English
 * stems ("infections" = "infection") with function words ("you", "can", "should") and the
 * words of the prompt's own closing advice ("talk with your healthcare provider") left out. An
 * answer with no content words passes (there is nothing to judge; the other rules still apply).
 *
 * <p>Why one half: a faithful paraphrase reuses most of its passages' words (0.67 to 1.0 for the
 * paraphrases in {@code GuardrailsTest}), while an answer about something else shares almost
 * none (0 for the off-topic answers there); one half leaves room on both sides.
 */
public final class TopicGuardrail implements AnswerGuardrail {

    /** The least share (0..1) of the answer's content words that must occur in the grounding. */
    public static final double MIN_SHARE = 0.5;

    /** Words that carry no topic: pronouns, auxiliaries, connectives, hedges. */
    private static final List<String> FUNCTION_WORDS = List.of(
            "i", "me", "my", "you", "your", "yours", "yourself", "we", "our", "us", "he", "him", "his", "she", "her",
            "its", "them", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "can", "could",
            "may", "might", "must", "shall", "should", "would", "do", "does", "did", "doing", "done", "have", "has",
            "had", "having", "been", "being", "am", "were", "so", "than", "too", "very", "just", "also", "about",
            "more", "most", "less", "some", "any", "all", "each", "other", "others", "own", "same", "only", "from",
            "up", "down", "out", "over", "under", "again", "here", "now", "get", "gets", "got", "because", "while",
            "both", "either", "neither", "yes", "many", "much", "often", "usually", "sometimes", "always", "never",
            "still", "even", "well", "however", "though", "although", "mean", "means", "called", "like", "way",
            "thing", "things", "lot", "kind", "kinds", "sure", "important", "good", "there", "here's", "it's",
            "don't", "doesn't", "can't", "isn't", "aren't", "let", "lets", "one", "ones", "please", "thank", "thanks");

    /** The prompt's own advice and framing: asking a provider is never off-topic. */
    private static final List<String> CARE_WORDS = List.of(
            "healthcare", "health", "care", "provider", "providers", "doctor", "doctors", "nurse", "team", "talk",
            "ask", "question", "questions", "answer", "library", "information", "general", "help", "see", "visit",
            "appointment", "situation", "discuss", "explain", "check", "advice", "concern", "concerns", "worry",
            "worried", "result", "results", "test", "tests", "cover", "covers", "own", "specific", "personal");

    private static final Analyzer ANALYZER = new EnglishAnalyzer(stopWords());
    private static final Set<String> IGNORED = stems(String.join(" ", CARE_WORDS));

    @Override
    public String name() {
        return "topic";
    }

    @Override
    public boolean passes(String answer, Grounding grounding) {
        return share(answer, grounding) >= MIN_SHARE;
    }

    @Override
    public boolean finalOnPartialText() {
        return false;
    }

    /** The share (0..1) of the answer's content stems found in the grounding; 1 when it has none. */
    static double share(String answer, Grounding grounding) {
        Set<String> words = contentStems(answer);
        if (words.isEmpty()) {
            return 1.0;
        }
        Set<String> known = stems(grounding.text());
        long found = words.stream().filter(known::contains).count();
        return (double) found / words.size();
    }

    /** The answer's distinct stems without function words, care words or numbers. */
    static Set<String> contentStems(String text) {
        Set<String> out = stems(text);
        out.removeAll(IGNORED);
        out.removeIf(w -> w.length() < 3 || w.chars().anyMatch(Character::isDigit));
        return out;
    }

    private static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text from a string failed", e);
        }
        return out;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(FUNCTION_WORDS);
        return set;
    }
}
