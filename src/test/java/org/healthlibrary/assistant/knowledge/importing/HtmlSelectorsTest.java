package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSelectorsTest {

    @Test
    void defaultsFitCommonCmsMarkup() {
        HtmlSelectors s = HtmlSelectors.defaults();

        assertThat(s.title()).isEqualTo("h1");
        assertThat(s.content()).isEqualTo("main, article, [role=main], #content");
        assertThat(s.sectionHeading()).isEqualTo("h2");
        assertThat(s.remove()).isEqualTo(HtmlSelectors.DEFAULT_REMOVE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Common questions          | true",
            "Frequently Asked Questions| true",
            "FAQs                      | true",
            "Questions and answers     | true",
            "Q&A                       | true",
            "Questions                 | true",
            "Questions to ask your doctor | false",
            "Causes                    | false"})
    void faqSectionNames(String heading, boolean faq) {
        assertThat(HtmlSelectors.DEFAULT_FAQ_SECTION.matcher(heading).matches()).isEqualTo(faq);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "main, article, [role=main], #content | main;article;[role=main];#content",
            "div[data-x='a,b'], .body             | div[data-x='a,b'];.body",
            ":is(main, article) > .text           | :is(main, article) > .text"})
    void contentAlternativesAreTriedInTheOrderWritten(String content, String expected) {
        assertThat(HtmlSelectors.defaults().withContent(content).contentAlternatives()).isEqualTo(List.of(expected.split(";")));
    }

    @Test
    void extraRemoveSelectorsComeAfterTheDefaults() {
        HtmlSelectors s = HtmlSelectors.defaults().withExtraRemove(List.of(".promo", "#gift-shop"));

        assertThat(s.remove()).endsWith(".promo", "#gift-shop").hasSize(HtmlSelectors.DEFAULT_REMOVE.size() + 2);
    }

    @Test
    void invalidSelectorFailsAtOnceNamingIt() {
        assertThatThrownBy(() -> HtmlSelectors.defaults().withContent("div[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the content selector 'div[' is not valid CSS: ");
        assertThatThrownBy(() -> HtmlSelectors.defaults().withTitle(" ")).hasMessage("the title selector is empty");
        assertThatThrownBy(() -> HtmlSelectors.defaults().withExtraRemove(List.of("p:nope")))
                .hasMessageStartingWith("the remove selector 'p:nope' is not valid CSS: ");
    }
}
