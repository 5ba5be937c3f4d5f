package org.healthlibrary.assistant.knowledge.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Where things are on a saved health-library page, as jsoup CSS selectors, and what to throw
 * away. The defaults fit common CMS markup; a hospital whose CMS differs passes its own.
 * Immutable and thread-safe; every selector is parsed when the record is made, so a typo fails
 * at once with the selector named.
 *
 * @param title           the page title (first match); {@code og:title} is the fallback
 * @param content         the main content; alternatives separated by commas are tried in the
 *                        order written, so {@code main} wins over a teaser {@code article}
 * @param sectionHeading  headings that start a section ({@code ##}); other headings become {@code ###}
 * @param questionHeading inside a questions section (see {@code faqSection}), elements that hold
 *                        one question; they become {@code ###} when their text ends with "?"
 * @param faqSection      a section heading that names the questions section; that section is
 *                        written as "Common questions", the name the rest of the library uses
 * @param remove          boilerplate to delete before converting ({@link #DEFAULT_REMOVE} plus extras)
 */
public record HtmlSelectors(String title, String content, String sectionHeading, String questionHeading,
                            Pattern faqSection, List<String> remove) {

    /** Page title: the first {@code h1}. */
    public static final String DEFAULT_TITLE = "h1";
    /** Main content: the usual containers, most specific last. */
    public static final String DEFAULT_CONTENT = "main, article, [role=main], #content";
    /** Section headings. */
    public static final String DEFAULT_SECTION_HEADING = "h2";
    /** FAQ questions: headings, definition terms, accordion summaries, CMS question blocks. */
    public static final String DEFAULT_QUESTION_HEADING = "h3, h4, dt, summary, [class*=faq-question], [class*=accordion-title], [class*=accordion-header]";
    /** "Common questions", "Frequently asked questions", "FAQ", "Questions and answers"... */
    public static final Pattern DEFAULT_FAQ_SECTION = Pattern.compile(
            "(?i)(common|frequently asked|patient|your)?\\s*questions?(\\s+(and|&)\\s+answers|\\s+answered|\\s+patients ask)?|faqs?|q\\s*&\\s*a");

    /**
     * Boilerplate removed by default: page chrome (nav, footer, forms, scripts, buttons other
     * than accordion toggles; a header unless it holds the h1; an aside unless it is a callout,
     * alert or warning box, which in patient pages often says when to get help), breadcrumbs,
     * sharing and social widgets, advertisements, cookie and consent banners, newsletter
     * sign-ups, print links, screen-reader-only text. Hidden elements are kept on purpose:
     * collapsed FAQ accordion panels are {@code hidden} until opened. Advertisement classes are matched as whole class
     * names or prefixes ({@code ad}, {@code ad-slot}, {@code ads_top}, {@code advertisement})
     * rather than {@code [class*=ad-]}, which would also delete {@code lead-in} and
     * {@code read-more} paragraphs. Text rules (labels such as "Advertisement", "Last reviewed"
     * lines, editorial-policy links, "Related articles" lists) are in {@link Boilerplate}.
     */
    public static final List<String> DEFAULT_REMOVE = List.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "video", "audio",
            "nav", "header:not(:has(h1))", "footer", "form",
            "button:not([aria-expanded]):not([aria-controls])",
            "aside:not([class*=callout]):not([class*=alert]):not([class*=warning]):not([class*=important])", "input", "select", "textarea", "dialog",
            "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=search]",
            "[class~=(^|\\s)(sr-only|visually-hidden|skip-link)(\\s|$)]",
            "[class*=breadcrumb]", "[id*=breadcrumb]", "[aria-label*=breadcrumb]", "[aria-label*=Breadcrumb]",
            "[class*=share]", "[class*=social]", "[id*=share]",
            "[class~=(^|\\s)(ad|ads|advert|advertisement|adsbygoogle|sponsored)([-_]\\S*)?(\\s|$)]",
            "[id~=^(ad|ads|advert\\w*)([-_].*)?$]", "[data-ad-slot]", "[data-ad]", ".advertisement",
            "[class*=cookie]", "[id*=cookie]", "[class*=consent]", "[id*=consent]",
            "[class*=newsletter]", "[id*=newsletter]", "[class*=signup]", "[class*=sign-up]", "[class*=subscribe]",
            "[class*=print]", "[class*=toolbar]", "[class*=pagination]", "[class*=rating]", "[class*=feedback]");

    public HtmlSelectors {
        title = selector("title", title);
        content = selector("content", content);
        sectionHeading = selector("section heading", sectionHeading);
        questionHeading = selector("question heading", questionHeading);
        if (faqSection == null) {
            throw new IllegalArgumentException("faqSection pattern is required");
        }
        remove = List.copyOf(remove);
        remove.forEach(s -> selector("remove", s));
    }

    /** The defaults. */
    public static HtmlSelectors defaults() {
        return new HtmlSelectors(DEFAULT_TITLE, DEFAULT_CONTENT, DEFAULT_SECTION_HEADING, DEFAULT_QUESTION_HEADING,
                DEFAULT_FAQ_SECTION, DEFAULT_REMOVE);
    }

    public HtmlSelectors withTitle(String selector) {
        return new HtmlSelectors(selector, content, sectionHeading, questionHeading, faqSection, remove);
    }

    public HtmlSelectors withContent(String selector) {
        return new HtmlSelectors(title, selector, sectionHeading, questionHeading, faqSection, remove);
    }

    public HtmlSelectors withSectionHeading(String selector) {
        return new HtmlSelectors(title, content, selector, questionHeading, faqSection, remove);
    }

    public HtmlSelectors withQuestionHeading(String selector) {
        return new HtmlSelectors(title, content, sectionHeading, selector, faqSection, remove);
    }

    /** These selectors plus {@code extra} boilerplate selectors. */
    public HtmlSelectors withExtraRemove(List<String> extra) {
        List<String> all = new ArrayList<>(remove);
        all.addAll(extra);
        return new HtmlSelectors(title, content, sectionHeading, questionHeading, faqSection, all);
    }

    /** The content selector's alternatives in the order written (commas inside brackets or quotes kept). */
    List<String> contentAlternatives() {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(content.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(content.substring(start).strip());
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static String selector(String what, String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("the " + what + " selector is empty");
        }
        try {
            QueryParser.parse(s);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("the " + what + " selector '" + s + "' is not valid CSS: " + e.getMessage(), e);
        }
        return s.strip();
    }
}
