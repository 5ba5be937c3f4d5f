package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case: a content element's HTML, and its text once boilerplate is removed ("Keep." is the article text). */
class BoilerplateTest {

    static Stream<Arguments> removed() {
        return Stream.of(
                Arguments.of("advertisement label", "<p>Advertisement</p>"),
                Arguments.of("upper-case label", "<div><span>ADVERTISEMENT</span></div>"),
                Arguments.of("bare label text between paragraphs", "Advertisement"),
                Arguments.of("sponsored label", "<small>Sponsored</small>"),
                Arguments.of("continue-reading label", "<div>Story continues below advertisement</div>"),
                Arguments.of("ad slot by class", "<div class=\"ad-slot\"><p>Buy a mattress today.</p></div>"),
                Arguments.of("ad by class token", "<div class=\"box ad\"><p>Buy a mattress today.</p></div>"),
                Arguments.of("ad by id", "<div id=\"ad-top-banner\"><p>Buy a mattress today.</p></div>"),
                Arguments.of("adsense", "<ins class=\"adsbygoogle\" data-ad-slot=\"1\">ad</ins>"),
                Arguments.of("sponsored blurb by class", "<p class=\"sponsored-blurb\">Try PlanFinder.</p>"),
                Arguments.of("share widget", "<div class=\"share-bar\"><a href=\"#\">Facebook</a></div>"),
                Arguments.of("social links", "<ul class=\"social-links\"><li>Follow us</li></ul>"),
                Arguments.of("print button", "<a href=\"#\" onclick=\"print()\">Print this page</a>"),
                Arguments.of("breadcrumb", "<ol class=\"breadcrumbs\"><li>Home</li><li>Health</li></ol>"),
                Arguments.of("navigation", "<nav><a href=\"/\">Home</a></nav>"),
                Arguments.of("sidebar aside", "<aside class=\"sidebar\"><p>Find a doctor near you.</p></aside>"),
                Arguments.of("script and style", "<script>track()</script><style>p{}</style>"),
                Arguments.of("form", "<form><label>Email</label><input></form>"),
                Arguments.of("last reviewed line", "<p>Last reviewed: 03/2024</p>"),
                Arguments.of("reviewed-by line", "<p class=\"meta\">Medically reviewed by Dr. A. Smith, MD</p>"),
                Arguments.of("byline with review date", "<p>By Staff Writers | Last reviewed March 2024</p>"),
                Arguments.of("last updated line", "<p>Page last updated: 2 January 2025</p>"),
                Arguments.of("editorial policy sentence", "<p>Read our <a href=\"/about/editorial-policy\">editorial policy</a>.</p>"),
                Arguments.of("advertising policy link by address", "<p><a href=\"/advertising-policy\">Learn more</a></p>"),
                Arguments.of("related articles list", "<h3>Related articles</h3><ul><li><a href=\"/a\">Anemia</a></li></ul>"),
                Arguments.of("you may also like box", "<div><h4>You may also like</h4><p><a href=\"/b\">Bruises</a></p></div>"),
                Arguments.of("newsletter by class", "<section class=\"newsletter-signup\"><p>Tips weekly.</p></section>"),
                Arguments.of("newsletter by text", "<p>Sign up for our free newsletter to get tips.</p>"),
                Arguments.of("cookie banner by class", "<div class=\"cookie-notice\"><p>OK?</p></div>"),
                Arguments.of("cookie notice by text", "<p>This website uses cookies to improve your visit.</p>"),
                Arguments.of("feedback widget", "<div class=\"page-feedback\">Was this page helpful?</div>"),
                Arguments.of("screen-reader text", "<span class=\"sr-only\">(opens in a new window)</span>"));
    }

    @ParameterizedTest(name = "removes {0}")
    @MethodSource("removed")
    void removesBoilerplate(String name, String html) {
        assertThat(clean("<p>Keep.</p>" + html + "<p>Keep.</p>", HtmlSelectors.defaults())).isEqualTo("Keep. Keep.");
    }

    static Stream<Arguments> kept() {
        return Stream.of(
                Arguments.of("a lead-in paragraph (not an ad- class)", "<p class=\"lead-in\">Lead.</p>", "Lead."),
                Arguments.of("a read-more paragraph", "<p class=\"read-more-text\">More.</p>", "More."),
                Arguments.of("content that starts with Updated", "<p>Updated guidelines say to rest.</p>", "Updated guidelines say to rest."),
                Arguments.of("content about cookies", "<p>Cookies and cakes have a lot of sugar.</p>", "Cookies and cakes have a lot of sugar."),
                Arguments.of("an emergency callout aside", "<aside class=\"callout\"><p>Call 911.</p></aside>", "Call 911."),
                Arguments.of("a collapsed accordion panel", "<div class=\"panel\" hidden><p>Hidden answer.</p></div>", "Hidden answer."),
                Arguments.of("an accordion toggle button", "<h3><button aria-expanded=\"false\">Is it rare?</button></h3>", "Is it rare?"),
                Arguments.of("the article header with the h1", "<header><h1>Title</h1><p>Intro.</p></header>", "Title Intro."),
                Arguments.of("a long paragraph with a policy link loses only the link",
                        "<p>Doctors wrote and checked this page with great care for our patients and families. "
                                + "<a href=\"/editorial-policy\">Editorial policy</a></p>",
                        "Doctors wrote and checked this page with great care for our patients and families."));
    }

    @ParameterizedTest(name = "keeps {0}")
    @MethodSource("kept")
    void keepsContent(String name, String html, String text) {
        assertThat(clean(html, HtmlSelectors.defaults())).isEqualTo(text);
    }

    @Test
    void extraSelectorsRemoveMore() {
        String html = "<p>Keep.</p><div class=\"promo\">Visit our gift shop.</div>";

        assertThat(clean(html, HtmlSelectors.defaults())).isEqualTo("Keep. Visit our gift shop.");
        assertThat(clean(html, HtmlSelectors.defaults().withExtraRemove(List.of(".promo")))).isEqualTo("Keep.");
    }

    @Test
    void neverRemovesTheContentElementItself() {
        Element content = Jsoup.parse("<main class=\"social-health\"><p>Keep.</p></main>").selectFirst("main");

        Boilerplate.remove(content, HtmlSelectors.defaults());

        assertThat(content.parent()).isNotNull();
        assertThat(content.text()).isEqualTo("Keep.");
    }

    private static String clean(String html, HtmlSelectors selectors) {
        Element content = Jsoup.parse("<main>" + html + "</main>").selectFirst("main");
        Boilerplate.remove(content, selectors);
        return content.text();
    }
}
