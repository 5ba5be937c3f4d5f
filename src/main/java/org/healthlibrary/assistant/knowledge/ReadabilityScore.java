package org.healthlibrary.assistant.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * The Flesch-Kincaid reading grade of an article body, with the counts it comes from.
 * Immutable and thread-safe.
 *
 * <p>Counting rules, chosen so that short list items and headings are not glued onto the
 * next sentence: the body is parsed as Markdown and only prose is counted (headings and
 * paragraphs, including those inside list items; code and HTML are ignored). Each heading,
 * list item and paragraph is at least one sentence; inside it, every {@code .}, {@code !} or
 * {@code ?} followed by a space or the end ends a sentence, except after common abbreviations
 * ("e.g.", "Dr."). Words are whitespace-separated tokens with a letter or digit; syllables come
 * from {@link Syllables}.
 *
 * @param words     words counted
 * @param sentences sentences counted (at least one per heading, paragraph and list item)
 * @param syllables syllables counted
 */
public record ReadabilityScore(int words, int sentences, int syllables) {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern SENTENCE_END = Pattern.compile("(\\S*?)[.!?]+[\"')\\]]*(?=\\s|$)");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "st");

    /** Scores a Markdown body (without front matter). */
    public static ReadabilityScore of(String markdown) {
        Counter counter = new Counter();
        PARSER.parse(markdown).accept(counter);
        return new ReadabilityScore(counter.words, counter.sentences, counter.syllables);
    }

    /**
     * The Flesch-Kincaid grade: {@code 0.39 * words/sentences + 11.8 * syllables/words - 15.59};
     * 0 for a body without words.
     */
    public double grade() {
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** The grade rounded to one decimal, as editors read it ("7.4"). */
    public String gradeText() {
        return String.format(Locale.ROOT, "%.1f", grade());
    }

    /** Counts each heading and paragraph (list items hold paragraphs) as one or more sentences. */
    private static final class Counter extends AbstractVisitor {
        int words;
        int sentences;
        int syllables;

        @Override
        public void visit(Heading heading) {
            count(PlainText.of(heading));
        }

        @Override
        public void visit(Paragraph paragraph) {
            count(PlainText.of(paragraph));
        }

        private void count(String text) {
            int blockWords = 0;
            for (String token : text.split("\\s+")) {
                if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    blockWords++;
                    syllables += Syllables.count(token);
                }
            }
            if (blockWords == 0) {
                return;
            }
            words += blockWords;
            sentences += Math.max(1, sentenceEnds(text));
        }

        private static int sentenceEnds(String text) {
            int ends = 0;
            Matcher m = SENTENCE_END.matcher(text);
            while (m.find()) {
                String before = m.group(1).toLowerCase(Locale.ROOT).replaceAll("^[(\"']+", "");
                if (!ABBREVIATIONS.contains(before)) {
                    ends++;
                }
            }
            return ends;
        }
    }
}
