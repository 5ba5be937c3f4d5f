package org.healthlibrary.assistant.knowledge.importing;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Deletes what is not article text from a page's content element, in place: first every
 * element matching the {@link HtmlSelectors#remove()} selectors, then text rules that
 * selectors cannot express:
 * <ul>
 *   <li>labels whose whole text is "Advertisement", "Sponsored", "Story continues below",
 *       "Print", "Share", "Back to top"...;</li>
 *   <li>short "Last reviewed: ...", "Medically reviewed by ...", "Last updated ..." and
 *       "Next review due ..." lines (read the date with {@link ReviewedDates} first);</li>
 *   <li>links to the editorial, advertising or privacy policy, with the short sentence that
 *       holds them ("Learn how we review our content");</li>
 *   <li>"Related articles" / "You may also like" headings with the lists under them;</li>
 *   <li>short newsletter sign-up and cookie-notice blocks that carry no telling class.</li>
 * </ul>
 * The content element itself is never removed. Stateless and thread-safe (the element is the
 * caller's).
 */
final class Boilerplate {

    private static final Pattern LABEL = Pattern.compile("(?i)(advertisements?|sponsored( content| links?| by .{0,40})?|"
            + "paid (content|partner)|(story|article) continues below( advertisement)?|continue reading below|"
            + "advertisement\\W+continue reading below|skip to (main )?content|back to top|"
            + "print( this page| this article)?|share( this page| this article| on \\w+)?|e-?mail( this page)?|"
            + "save|bookmark|tweet|pin it|copy link|text size|a\\+? ?a-?)");
    private static final Pattern OTHER_DATE_LINE = Pattern.compile(
            "(?i)^(.{0,60}[|•·]\\s*)?(page |content )?(last (updated|modified|edited)|updated( on)?|next review( due| date)?|published( on)?)\\b.*");
    /** A review line names a date or a reviewer; "Updated guidelines say..." is content. */
    private static final Pattern DATED_OR_SIGNED = Pattern.compile("\\d|\\bby\\b");
    private static final Pattern POLICY = Pattern.compile("(?i)(editorial|advertising|sponsorship|content|privacy|medical review) polic(y|ies)"
            + "|editorial (process|standards|guidelines)|about (our|this) content|how we (review|write|create)"
            + "|advertising (disclosure|and sponsorship)|ad ?choices|/(editorial|advertising)[-_]?polic");
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)(related|more|other|popular) (articles|topics|content|pages|"
            + "conditions|health topics|information|stories|reading)|you (may|might) also (like|be interested in|want to read)"
            + "|see also|trending( now)?|recommended( for you| reading)?|most read");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i)^.{0,40}\\b(sign up|subscribe|join|get)\\b.{0,80}\\b(newsletter|e-?mails?|inbox)\\b.*");
    private static final Pattern COOKIES = Pattern.compile("(?i).*\\b(we|this (site|website)|our (site|website)) uses? cookies\\b.*");
    private static final Set<String> SMALL_BLOCKS = Set.of("p", "li", "div", "span", "small", "em", "i", "section", "dd", "time", "strong");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MAX_LABEL = 60;
    /** Text around a policy link up to which the whole sentence is boilerplate ("Our content is reviewed by clinicians."). */
    private static final int MAX_POLICY_REST = 60;
    private static final int MAX_LINE = 200;
    private static final int MAX_NOTICE = 400;

    private Boilerplate() {
    }

    static void remove(Element content, HtmlSelectors selectors) {
        for (String selector : selectors.remove()) {
            content.select(selector).stream().filter(e -> e != content).forEach(Node::remove);
        }
        removeRelatedLists(content);
        for (Element e : content.getAllElements()) {
            if (e == content || e.parent() == null) {
                continue;
            }
            String text = HtmlText.normal(e.text());
            if (text.length() <= MAX_LABEL && LABEL.matcher(stripPunctuation(text)).matches()
                    || text.length() <= MAX_LINE && DATED_OR_SIGNED.matcher(text).find()
                    && (ReviewedDates.REVIEWED_LINE.matcher(text).matches() || OTHER_DATE_LINE.matcher(text).matches())
                    || text.length() <= MAX_NOTICE && !HEADINGS.contains(e.tagName())
                    && (NEWSLETTER.matcher(text).matches() || COOKIES.matcher(text).matches())) {
                e.remove();
            }
        }
        removePolicyLinks(content);
        removeLabelTexts(content);
    }

    /** A bare text node "Advertisement" between paragraphs. */
    private static void removeLabelTexts(Element content) {
        List<TextNode> labels = content.textNodes().stream()
                .filter(t -> LABEL.matcher(stripPunctuation(HtmlText.normal(t.text()))).matches())
                .toList();
        labels.forEach(Node::remove);
        content.children().forEach(Boilerplate::removeLabelTexts);
    }

    private static void removePolicyLinks(Element content) {
        for (Element a : content.select("a")) {
            if (a.parent() == null || !(POLICY.matcher(a.text()).find() || POLICY.matcher(a.attr("href")).find())) {
                continue;
            }
            Element block = a.parent();
            while (block != content && block != null && !SMALL_BLOCKS.contains(block.tagName())) {
                block = block.parent();
            }
            boolean shortSentence = block != null && block != content
                    && HtmlText.normal(block.text()).length() - HtmlText.normal(a.text()).length() <= MAX_POLICY_REST;
            (shortSentence ? block : a).remove();
        }
    }

    /**
     * Removes each "Related articles" heading with the link lists right after it (up to the
     * first sibling that is a heading or holds more prose than link text).
     */
    private static void removeRelatedLists(Element content) {
        for (Element h : content.select("h2, h3, h4, h5, h6")) {
            if (h.parent() == null || !RELATED_HEADING.matcher(stripPunctuation(HtmlText.normal(h.text()))).matches()) {
                continue;
            }
            Element parent = h.parent();
            Element next = h.nextElementSibling();
            while (next != null && !HEADINGS.contains(next.tagName()) && mostlyLinks(next)) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
            h.remove();
            if (parent != content && parent.text().isBlank()) {
                parent.remove();
            }
        }
    }

    /** At least half of the element's text is link text: a list of links, not prose. */
    private static boolean mostlyLinks(Element e) {
        int all = HtmlText.normal(e.text()).length();
        int links = e.select("a").stream().mapToInt(a -> HtmlText.normal(a.text()).length()).sum();
        return all == 0 || links * 2 >= all;
    }

    private static String stripPunctuation(String s) {
        return s.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "");
    }
}
