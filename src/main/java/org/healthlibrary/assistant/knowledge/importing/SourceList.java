package org.healthlibrary.assistant.knowledge.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Source;
import org.jsoup.nodes.Element;

/**
 * Takes a page's "Sources" / "References" section out of its content and returns its web
 * links as the article's {@link Source}s (front matter, not body, as in the shipped articles).
 * A reference without a web link is dropped: a source needs an address patients can open.
 * Stateless and thread-safe (the element is the caller's).
 */
final class SourceList {

    private static final Pattern HEADING = Pattern.compile("(?i)(sources?|references?|bibliography|citations?|works cited)\\s*:?");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private SourceList() {
    }

    /** Removes every sources section from {@code content} and returns its links, in order, without repeats. */
    static List<Source> extract(Element content) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Element h : content.select("h2, h3, h4, h5, h6")) {
            if (h.parent() == null || !HEADING.matcher(HtmlText.normal(h.text())).matches()) {
                continue;
            }
            int level = h.tagName().charAt(1) - '0';
            List<Element> section = new ArrayList<>();
            for (Element next = h.nextElementSibling(); next != null && !endsSection(next, level); next = next.nextElementSibling()) {
                section.add(next);
            }
            Element parent = h.parent();
            for (Element e : section) {
                for (Element a : e.select("a[href]")) {
                    String url = a.absUrl("href").isEmpty() ? a.attr("href").strip() : a.absUrl("href");
                    if (url.startsWith("http://") || url.startsWith("https://")) {
                        sources.putIfAbsent(url, new Source(title(a), url));
                    }
                }
                e.remove();
            }
            h.remove();
            if (parent != content && parent.text().isBlank()) {
                parent.remove();
            }
        }
        return List.copyOf(sources.values());
    }

    private static boolean endsSection(Element e, int level) {
        return HEADINGS.contains(e.tagName()) && e.tagName().charAt(1) - '0' <= level;
    }

    /** The link text, or the text of its list item when the link text is only the address. */
    private static String title(Element a) {
        String text = HtmlText.normal(a.text());
        if (!text.isEmpty() && !text.startsWith("http")) {
            return text;
        }
        Element item = a.closest("li, p");
        String around = item == null ? "" : HtmlText.normal(item.text().replace(a.text(), ""));
        around = around.replaceAll("[\\s.,;:]+$", "");
        return around.isEmpty() ? text : around;
    }
}
