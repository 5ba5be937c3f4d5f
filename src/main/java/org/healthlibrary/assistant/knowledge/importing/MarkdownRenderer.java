package org.healthlibrary.assistant.knowledge.importing;

import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.knowledge.SectionChunker;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Converts a cleaned content element into an article body in the library's Markdown: section
 * headings as {@code ##}, other headings and FAQ questions as {@code ###}, lists and tables as
 * list lines ({@link ListMarkdown}), everything else as paragraphs ({@link InlineMarkdown}).
 * Text before the first section goes under "Overview"; the questions section is named
 * "Common questions", and inside it each question (a heading, {@code dt}, {@code summary},
 * accordion button or bold paragraph ending in "?") becomes a {@code ###}; a heading with
 * nothing under it is dropped. Not thread-safe: one instance per page.
 */
final class MarkdownRenderer {

    /** The name the rest of the library gives the questions section. */
    static final String COMMON_QUESTIONS = "Common questions";

    /** One block of output; level 2 or 3 for headings, 0 for text. */
    private record Block(int level, String text) {
    }

    private final HtmlSelectors selectors;
    private final InlineMarkdown inline;
    private final ListMarkdown lists;
    private final List<Block> blocks = new ArrayList<>();
    private boolean inQuestions;

    MarkdownRenderer(HtmlSelectors selectors, PageLinks links, String selfId) {
        this.selectors = selectors;
        this.inline = new InlineMarkdown(links, selfId);
        this.lists = new ListMarkdown(inline);
    }

    /** The Markdown body of {@code content}; empty when it holds no text. */
    String render(Element content) {
        container(content);
        return assemble();
    }

    private void container(Element e) {
        StringBuilder run = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof Element el && (InlineMarkdown.isBlock(el) || inQuestions && el.is(selectors.questionHeading()))) {
                paragraph(run);
                block(el);
            } else {
                inline.append(child, run);
            }
        }
        paragraph(run);
    }

    private void block(Element e) {
        String tag = e.tagName();
        if (e.is(selectors.sectionHeading())) {
            String text = headingText(e.text());
            inQuestions = selectors.faqSection().matcher(text).matches();
            heading(2, inQuestions ? COMMON_QUESTIONS : text);
        } else if (tag.equals("h1") || e.is(selectors.title())) {
            return; // the title, kept in the front matter
        } else if (inQuestions && isQuestion(e)) {
            heading(3, headingText(e.text()));
        } else if (tag.matches("h[2-6]")) {
            heading(3, headingText(e.text()));
        } else if (tag.equals("ul") || tag.equals("ol")) {
            add(String.join("\n", lists.list(e)));
        } else if (tag.equals("table")) {
            add(String.join("\n", lists.table(e)));
        } else if (tag.equals("pre")) {
            add(InlineMarkdown.escapeStart(InlineMarkdown.escape(HtmlText.normal(e.wholeText()))));
        } else if (tag.equals("dt") || tag.equals("summary")) {
            add(inline.line(e)); // a term or an accordion title that is not a question
        } else if (!tag.equals("hr")) {
            container(e);
        }
    }

    /** Inside the questions section: a question element, or a paragraph that is only a bold question. */
    private boolean isQuestion(Element e) {
        boolean questionElement = e.is(selectors.questionHeading()) && !InlineMarkdown.hasBlockChild(e);
        boolean boldParagraph = e.tagName().equals("p") && e.children().size() == 1
                && e.child(0).tagName().matches("strong|b")
                && HtmlText.normal(e.child(0).text()).equals(HtmlText.normal(e.text()));
        return (questionElement || boldParagraph) && HtmlText.normal(e.text()).endsWith("?");
    }

    private void heading(int level, String text) {
        if (!text.isEmpty()) {
            blocks.add(new Block(level, text));
        }
    }

    private void paragraph(StringBuilder run) {
        String text = HtmlText.normal(run.toString());
        run.setLength(0);
        add(InlineMarkdown.escapeStart(text));
    }

    private void add(String text) {
        if (!text.isBlank()) {
            blocks.add(new Block(0, text));
        }
    }

    /** Joins the blocks, dropping empty headings and putting leading text under "Overview". */
    private String assemble() {
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).level() == 0 || hasContentBelow(i)) {
                kept.add(blocks.get(i));
            }
        }
        if (!kept.isEmpty() && kept.get(0).level() != 2) {
            kept.stream().filter(b -> b.level() == 2).findFirst()
                    .filter(b -> b.text().equalsIgnoreCase(SectionChunker.OVERVIEW))
                    .ifPresent(kept::remove);
            kept.add(0, new Block(2, SectionChunker.OVERVIEW));
        }
        StringBuilder md = new StringBuilder();
        for (Block b : kept) {
            md.append(md.isEmpty() ? "" : "\n\n").append(b.level() == 0 ? b.text() : "#".repeat(b.level()) + " " + b.text());
        }
        return md.isEmpty() ? "" : md.append('\n').toString();
    }

    private boolean hasContentBelow(int i) {
        int level = blocks.get(i).level();
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j).level() == 0) {
                return true;
            }
            if (blocks.get(j).level() <= level) {
                return false;
            }
        }
        return false;
    }

    private static String headingText(String text) {
        return InlineMarkdown.escape(HtmlText.normal(text).replaceAll("\\s*:$", ""));
    }
}
