package org.healthlibrary.assistant.knowledge.importing;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders inline HTML (text, emphasis, links, line breaks) as one line of Markdown, and decides
 * what counts as inline. Emphasis and images are dropped; a link to another page of the same
 * library becomes {@code [text](id.md)}, any other link keeps its text only. Characters that
 * Markdown would read as markup are escaped. Immutable and thread-safe.
 */
final class InlineMarkdown {

    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
            "th", "thead", "tr", "ul");
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+-]|\\d+[.)](\\s|$))");

    private final PageLinks links;
    private final String selfId;

    /** Inline rendering for the page {@code selfId}, whose links {@code links} resolves. */
    InlineMarkdown(PageLinks links, String selfId) {
        this.links = links;
        this.selfId = selfId;
    }

    /** Appends {@code node} as inline Markdown (not normalised: callers join runs, then normalise). */
    void append(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(escape(t.getWholeText()));
        } else if (node instanceof Element e) {
            switch (e.tagName()) {
                case "br" -> out.append(' ');
                case "img" -> { }
                case "a" -> link(e, out);
                default -> e.childNodes().forEach(c -> append(c, out));
            }
        }
    }

    /** The element's content as one normalised, line-safe line. */
    String line(Element e) {
        StringBuilder sb = new StringBuilder();
        e.childNodes().forEach(c -> append(c, sb));
        return escapeStart(HtmlText.normal(sb.toString()));
    }

    /** A block element by tag, or any element that holds one. */
    static boolean isBlock(Element e) {
        return BLOCK.contains(e.tagName()) || hasBlockChild(e);
    }

    static boolean hasBlockChild(Element e) {
        return e.children().stream().anyMatch(InlineMarkdown::isBlock);
    }

    /** Escapes characters that Markdown would read as markup inside a line. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<])", "\\\\$1");
    }

    /** Escapes a line start that Markdown would read as a heading, quote or list marker. */
    static String escapeStart(String line) {
        Matcher m = BLOCK_START.matcher(line);
        if (!m.find()) {
            return line;
        }
        String marker = m.group(1);
        if (Character.isDigit(marker.charAt(0))) {
            int end = marker.indexOf('.') >= 0 ? marker.indexOf('.') : marker.indexOf(')');
            return line.substring(0, end) + "\\" + line.substring(end);
        }
        return "\\" + line;
    }

    private void link(Element a, StringBuilder out) {
        StringBuilder text = new StringBuilder();
        a.childNodes().forEach(c -> append(c, text));
        String t = HtmlText.normal(text.toString());
        Optional<String> target = links.internalTarget(a.attr("href")).filter(id -> !id.equals(selfId));
        if (target.isPresent() && !t.isEmpty()) {
            out.append('[').append(t).append("](").append(target.get()).append(".md)");
        } else {
            out.append(text);
        }
    }
}
