package org.healthlibrary.assistant.knowledge.importing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Renders HTML lists and tables as Markdown list lines. Lists stay lists: {@code - item}, or
 * {@code 1. item} for ordered lists (keeping {@code start}); a nested list is indented under
 * its item, and the paragraphs of one item are joined into one line. A table becomes one
 * {@code - } line per row, each cell named by its header cell when there is a header row
 * ({@code - Food: Lentils; Iron: Medium}). Empty items and rows are dropped. Immutable and
 * thread-safe.
 */
final class ListMarkdown {

    private final InlineMarkdown inline;

    ListMarkdown(InlineMarkdown inline) {
        this.inline = inline;
    }

    /** The lines of a {@code ul} or {@code ol}. */
    List<String> list(Element list) {
        List<String> lines = new ArrayList<>();
        list(list, 0, lines);
        return lines;
    }

    /** The lines of a {@code table}. */
    List<String> table(Element table) {
        List<String> lines = new ArrayList<>();
        List<String> header = List.of();
        for (Element row : table.select("tr")) {
            List<String> cells = row.children().stream().filter(c -> c.tagName().matches("t[dh]")).map(inline::line).toList();
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
                if (!cells.get(i).isEmpty()) {
                    boolean named = header.size() == cells.size() && !header.get(i).isEmpty();
                    parts.add(named ? header.get(i) + ": " + cells.get(i) : cells.get(i));
                }
            }
            lines.add("- " + InlineMarkdown.escapeStart(String.join("; ", parts)));
        }
        return lines;
    }

    private void list(Element list, int indent, List<String> lines) {
        boolean ordered = list.tagName().equals("ol");
        int n = ordered ? start(list) : 0;
        for (Element child : list.children()) {
            if (isList(child)) {
                list(child, indent + 2, lines); // a list put straight into a list, as some CMSs do
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            itemText(child, text, nested);
            String item = HtmlText.normal(text.toString());
            String marker = ordered ? n + ". " : "- ";
            int nestedIndent = indent;
            if (!item.isEmpty()) {
                lines.add(" ".repeat(indent) + marker + InlineMarkdown.escapeStart(item));
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
            if (child instanceof Element el && isList(el)) {
                nested.add(el);
            } else if (child instanceof Element el && InlineMarkdown.isBlock(el)) {
                text.append(' ');
                itemText(el, text, nested);
                text.append(' ');
            } else {
                inline.append(child, text);
            }
        }
    }

    private static boolean isList(Element e) {
        return e.tagName().equals("ul") || e.tagName().equals("ol");
    }

    private static int start(Element ol) {
        try {
            return Integer.parseInt(ol.attr("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
