package org.healthlibrary.assistant.knowledge.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.ArticleFormatException;
import org.healthlibrary.assistant.knowledge.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns one saved health-library web page (a CMS export or a crawled page) into an
 * {@link Article} whose body is the library's Markdown. Where things are is set by
 * {@link HtmlSelectors}. From the whole page, before anything is removed:
 * <ul>
 *   <li>title: the title selector ({@code h1}), else {@code og:title};</li>
 *   <li>url: {@code <link rel=canonical>}, else {@code og:url}; id: that URL's last path
 *       segment, else the file name, slugged;</li>
 *   <li>reviewed: {@link ReviewedDates}; summary: meta description, else {@code og:description};
 *       synonyms: meta keywords (without the title).</li>
 * </ul>
 * Then from the content element: the "Sources"/"References" section becomes the sources
 * ({@link SourceList}), boilerplate is removed ({@link Boilerplate}), and the rest is rendered
 * ({@link MarkdownRenderer}). {@code related} is left empty: which links resolve is only known
 * once every page of an import is read ({@link HtmlImport}).
 *
 * <p>A page without a title or without content is refused with an {@link ArticleFormatException}
 * whose message says what is missing. Immutable and thread-safe.
 */
public final class HtmlArticleReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final HtmlSelectors selectors;

    /** A reader with {@link HtmlSelectors#defaults()}. */
    public HtmlArticleReader() {
        this(HtmlSelectors.defaults());
    }

    public HtmlArticleReader(HtmlSelectors selectors) {
        this.selectors = selectors;
    }

    /** Reads a saved page; the charset comes from the page's meta tag, else UTF-8. */
    public Article read(Path file) throws ArticleFormatException {
        Document doc;
        try {
            doc = Jsoup.parse(file, null);
        } catch (IOException e) {
            throw new ArticleFormatException("cannot read file: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return convert(doc, file.getFileName().toString());
    }

    /** Converts page source saved as {@code fileName} (the name is the id when the page names no URL). */
    public Article parse(String html, String fileName) throws ArticleFormatException {
        return convert(Jsoup.parse(html), fileName);
    }

    private Article convert(Document doc, String fileName) throws ArticleFormatException {
        String title = title(doc);
        String address = firstNonEmpty(attr(doc, "link[rel=canonical][href]", "href"),
                attr(doc, "meta[property=og:url][content]", "content"));
        String url = address.matches("(?i)https?://.+") ? address : "";
        String id = PageLinks.idOf(address).orElseGet(() -> PageLinks.idOfFileName(fileName));
        if (!ID.matcher(id).matches()) {
            throw new ArticleFormatException("cannot make an id from the page address or file name (got '" + id + "')");
        }
        LocalDate reviewed = ReviewedDates.find(doc).orElse(null);
        String summary = HtmlText.normal(firstNonEmpty(attr(doc, "meta[name=description][content]", "content"),
                attr(doc, "meta[property=og:description][content]", "content")));
        List<String> synonyms = synonyms(attr(doc, "meta[name=keywords][content]", "content"), title);

        Element content = content(doc);
        List<Source> sources = SourceList.extract(content);
        Boilerplate.remove(content, selectors);
        String body = new MarkdownRenderer(selectors, new PageLinks(url), id).render(content);
        if (body.isBlank()) {
            throw new ArticleFormatException("no content: the content element holds no text once boilerplate is removed");
        }
        return new Article(id, title, url, reviewed, summary, synonyms, sources, List.of(), body);
    }

    private String title(Document doc) throws ArticleFormatException {
        Element h = doc.selectFirst(selectors.title());
        String title = h == null ? "" : HtmlText.normal(h.text());
        if (title.isEmpty()) {
            title = HtmlText.normal(attr(doc, "meta[property=og:title][content]", "content"));
        }
        if (title.isEmpty()) {
            throw new ArticleFormatException("no title: nothing matches '" + selectors.title() + "' and there is no og:title");
        }
        return title;
    }

    private Element content(Document doc) throws ArticleFormatException {
        for (String alternative : selectors.contentAlternatives()) {
            Element e = doc.selectFirst(alternative);
            if (e != null) {
                return e;
            }
        }
        throw new ArticleFormatException("no content: nothing matches '" + selectors.content() + "'");
    }

    private static List<String> synonyms(String keywords, String title) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keywords.split("[,;]")) {
            String s = HtmlText.normal(k);
            if (!s.isEmpty() && !s.equalsIgnoreCase(title)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr(attribute).strip();
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
