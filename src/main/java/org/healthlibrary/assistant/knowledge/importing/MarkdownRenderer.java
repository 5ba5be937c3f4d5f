package org.healthlibrary.assistant.knowledge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.SectionChunker;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Converts a cleaned content element into an article body in the library's Markdown: section
 * headings as {@code ##}, other headings and FAQ questions as {@code ###}, lists as
 * {@code - } (or {@code 1. }) items with nested lists indented, tables as one list item per
 * row, everything else as paragraphs. Links to other pages of the library become
 * {@code [text](id.md)}; other links keep their text only. Text before the first section goes
 * under "Overview"; the questions section is named "Common questions"; a heading with nothing
 * under it is dropped. Not thread-safe: one instance per page.
 */
final class MarkdownRenderer {

    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
            "th", "thead", "tr", "ul");
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+-]|\\d+[.)](\\s|$))");

    /** One block of output; level 2 or 3 for headings, 0 for text. */
    private record Block(int level, String text) {
    }

    private final HtmlSelectors selectors;
    private final PageLinks links;
    private final String selfId;
    private final List<Block> blocks = new ArrayList<>();
    private boolean inQuestions;

    MarkdownRenderer(HtmlSelectors selectors, PageLinks links, String selfId) {
        this.selectors = selectors;
        this.links = links;
        this.selfId = selfId;
    }

    /** The Markdown body of {@code content}; empty when it holds no text. */
    String render(Element content) {
        container(content);
        return assemble();
    }

    private void container(Element e) {
        StringBuilder run = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof Element el && (isBlock(el) || inQuestions && el.is(selectors.questionHeading()))) {
                paragraph(run);
                block(el);
            } else {
                inline(child, run);
            }
        }
        paragraph(run);
    }

    private void block(Element e) {
        String tag = e.tagName();
        if (e.is(selectors.sectionHeading())) {
            section(e);
        } else if (tag.equals("h1") || e.is(selectors.title())) {
            return; // the title, kept in the front matter
        } else if (inQuestions && e.is(selectors.questionHeading()) && !hasBlockChild(e) && isQuestion(e.text())) {
            heading(3, e.text());
        } else if (tag.matches("h[2-6]")) {
            heading(3, e.text());
        } else if (tag.equals("p") && inQuestions && isBoldQuestion(e)) {
            heading(3, e.text());
        } else if (tag.equals("ul") || tag.equals("ol")) {
            List<String> lines = new ArrayList<>();
            list(e, 0, lines);
            add(0, String.join("\n", lines));
        } else if (tag.equals("table")) {
            add(0, String.join("\n", table(e)));
        } else if (tag.equals("pre")) {
            add(0, escape(Boilerplate.normal(e.wholeText())));
        } else if (tag.equals("hr") || tag.equals("img")) {
            return;
        } else if (tag.equals("dt") || tag.equals("summary")) {
            add(0, inlineText(e)); // a term or an accordion title outside the questions section
        } else {
            container(e);
        }
    }

    private void section(Element h) {
        String text = headingText(h.text());
        inQuestions = selectors.faqSection().matcher(text).matches();
        heading(2, inQuestions ? "Common questions" : text);
    }

    private void heading(int level, String text) {
        String t = level == 2 && text.equals("Common questions") ? text : headingText(text);
        if (!t.isEmpty()) {
            blocks.add(new Block(level, t));
        }
    }

    private void list(Element list, int indent, List<String> lines) {
        boolean ordered = list.tagName().equals("ol");
        int n = ordered ? start(list) : 0;
        for (Element child : list.children()) {
            if (child.tagName().equals("ul") || child.tagName().equals("ol")) {
                list(child, indent + 2, lines); // a list put straight into a list, as some CMSs do
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            itemText(child, text, nested);
            String item = Boilerplate.normal(text.toString());
            String marker = ordered ? n + ". " : "- ";
            int nestedIndent = indent;
            if (!item.isEmpty()) {
                lines.add(" ".repeat(indent) + marker + escapeStart(item));
                nestedIndent = indent + marker.length();
                n++;
            }
            for (Element sub : nested) {
                list(sub, nestedIndent, lines);
            }
        }
    }

    /** The item's own text; its nested lists go to {@code nested}. */
    private void itemText(Element e, StringBuilder text, List<Element> nested) {
        for (Node child : e.childNodes()) {
            if (child instanceof Element el && (el.tagName().equals("ul") || el.tagName().equals("ol"))) {
                nested.add(el);
            } else if (child instanceof Element el && isBlock(el)) {
                text.append(' ');
                itemText(el, text, nested);
                text.append(' ');
            } else {
                inline(child, text);
            }
        }
    }

    private List<String> table(Element table) {
        List<String> lines = new ArrayList<>();
        List<String> header = List.of();
        for (Element row : table.select("tr")) {
            List<String> cells = row.children().stream().filter(c -> c.tagName().matches("t[dh]"))
                    .map(this::inlineText).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            boolean isHeader = row.children().stream().allMatch(c -> c.tagName().equals("th"));
            if (isHeader && header.isEmpty() && lines.isEmpty()) {
                header = cells;
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).isEmpty()) {
                    continue;
                }
                boolean named = header.size() == cells.size() && !header.get(i).isEmpty();
                parts.add(named ? header.get(i) + ": " + cells.get(i) : cells.get(i));
            }
            lines.add("- " + escapeStart(String.join("; ", parts)));
        }
        return lines;
    }

    private void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(escape(t.getWholeText()));
        } else if (node instanceof Element e) {
            switch (e.tagName()) {
                case "br" -> out.append(' ');
                case "img" -> { }
                case "a" -> link(e, out);
                default -> e.childNodes().forEach(c -> inline(c, out));
            }
        }
    }

    private void link(Element a, StringBuilder out) {
        StringBuilder text = new StringBuilder();
        a.childNodes().forEach(c -> inline(c, text));
        String t = Boilerplate.normal(text.toString());
        Optional<String> target = links.internalTarget(a.attr("href")).filter(id -> !id.equals(selfId));
        if (target.isPresent() && !t.isEmpty()) {
            out.append('[').append(t).append("](").append(target.get()).append(".md)");
        } else {
            out.append(text);
        }
    }

    private String inlineText(Element e) {
        StringBuilder sb = new StringBuilder();
        e.childNodes().forEach(c -> inline(c, sb));
        return escapeStart(Boilerplate.normal(sb.toString()));
    }

    private void paragraph(StringBuilder run) {
        String text = Boilerplate.normal(run.toString());
        run.setLength(0);
        if (!text.isEmpty()) {
            add(0, escapeStart(text));
        }
    }

    private void add(int level, String text) {
        if (!text.isBlank()) {
            blocks.add(new Block(level, text));
        }
    }

    /** Joins the blocks, dropping empty headings and putting leading text under "Overview". */
    private String assemble() {
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.level() > 0 && !hasContentBelow(i)) {
                continue;
            }
            kept.add(b);
        }
        if (!kept.isEmpty() && kept.get(0).level() != 2) {
            int firstSection = indexOfSection(kept);
            if (firstSection >= 0 && kept.get(firstSection).text().equalsIgnoreCase(SectionChunker.OVERVIEW)) {
                kept.remove(firstSection);
            }
            kept.add(0, new Block(2, SectionChunker.OVERVIEW));
        }
        StringBuilder md = new StringBuilder();
        for (Block b : kept) {
            if (!md.isEmpty()) {
                md.append("\n\n");
            }
            md.append(b.level() == 0 ? b.text() : "#".repeat(b.level()) + " " + b.text());
        }
        return md.isEmpty() ? "" : md.append('\n').toString();
    }

    private boolean hasContentBelow(int i) {
        int level = blocks.get(i).level();
        for (int j = i + 1; j < blocks.size(); j++) {
            Block next = blocks.get(j);
            if (next.level() == 0) {
                return true;
            }
            if (next.level() <= level) {
                return false;
            }
        }
        return false;
    }

    private static int indexOfSection(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).level() == 2) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlock(Element e) {
        return BLOCK.contains(e.tagName()) || hasBlockChild(e);
    }

    private static boolean hasBlockChild(Element e) {
        return e.children().stream().anyMatch(MarkdownRenderer::isBlock);
    }

    private static boolean isQuestion(String text) {
        return Boilerplate.normal(text).endsWith("?");
    }

    /** A paragraph that is only a bold question: {@code <p><strong>Can it come back?</strong></p>}. */
    private static boolean isBoldQuestion(Element p) {
        return p.children().size() == 1 && p.child(0).tagName().matches("strong|b")
                && Boilerplate.normal(p.child(0).text()).equals(Boilerplate.normal(p.text())) && isQuestion(p.text());
    }

    private static int start(Element ol) {
        try {
            return Integer.parseInt(ol.attr("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String headingText(String text) {
        return escape(Boilerplate.normal(text).replaceAll("\\s*:$", ""));
    }

    /** Escapes characters that Markdown would read as markup inside a line. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<])", "\\\\$1");
    }

    /** Escapes a line start that Markdown would read as a heading, quote or list marker. */
    private static String escapeStart(String line) {
        var m = BLOCK_START.matcher(line);
        if (!m.find()) {
            return line;
        }
        String marker = m.group(1);
        if (Character.isDigit(marker.charAt(0))) {
            int dot = marker.indexOf('.') >= 0 ? marker.indexOf('.') : marker.indexOf(')');
            return line.substring(0, dot) + "\\" + line.substring(dot);
        }
        return "\\" + line;
    }
}
