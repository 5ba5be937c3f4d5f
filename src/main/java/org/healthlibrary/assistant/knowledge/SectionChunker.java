package org.healthlibrary.assistant.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Splits an article into passages: one per H2 section, and one per H3 heading inside a
 * section (each question of "Common questions" becomes its own passage). Text before the
 * first H2 belongs to "Overview". Lists stay lists ("- item" lines). Empty sections are
 * skipped. Thread-safe: the commonmark parser is immutable.
 */
public final class SectionChunker {

    /** The section name for text that comes before any H2 heading. */
    public static final String OVERVIEW = "Overview";

    private static final Parser PARSER = Parser.builder().build();

    /** The passages of {@code article}, in document order. */
    public List<Passage> chunk(Article article) {
        Node document = PARSER.parse(article.body());
        Builder b = new Builder(article);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() <= 3) {
                b.flush();
                String text = PlainText.of(h);
                if (h.getLevel() == 2) {
                    b.section = text;
                    b.question = null;
                } else if (h.getLevel() == 3) {
                    b.question = text;
                }
                // An H1 repeats the title: nothing to keep.
            } else if (node instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        b.line("- " + PlainText.of(item));
                    }
                }
            } else {
                b.line(PlainText.of(node));
            }
        }
        b.flush();
        return List.copyOf(b.passages);
    }

    /** Accumulates the text of the current heading until the next one. */
    private static final class Builder {
        private final Article article;
        private final List<Passage> passages = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final StringBuilder text = new StringBuilder();
        private String section = OVERVIEW;
        private String question;

        Builder(Article article) {
            this.article = article;
        }

        void line(String line) {
            if (!line.isBlank()) {
                text.append(line).append('\n');
            }
        }

        void flush() {
            String body = text.toString().strip();
            text.setLength(0);
            if (body.isEmpty()) {
                return;
            }
            String anchor = Slugs.of(question == null ? section : question);
            String id = article.id() + "#" + Slugs.of(section) + (question == null ? "" : "/" + Slugs.of(question));
            for (int n = 2; !ids.add(id); n++) {
                id = id.replaceAll("~\\d+$", "") + "~" + n;
            }
            String url = article.url().isEmpty() ? "" : article.url() + "#" + anchor;
            passages.add(new Passage(id, article.id(), article.title(), url, section, question, body));
        }
    }
}
