package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.ArticleFormatException;
import org.healthlibrary.assistant.knowledge.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The saved pages in {@code knowledge-import/html/}, converted with the default selectors. */
class HtmlArticleReaderTest {

    static final Path PAGES = Path.of("src/test/resources/knowledge-import/html");
    static final Path SCRAPED = PAGES.resolve("Sickle Cell Disease _ Example Medical Center.html");

    private static Article scraped;

    @BeforeAll
    static void readScrapedPage() throws ArticleFormatException {
        scraped = new HtmlArticleReader().read(SCRAPED);
    }

    @Test
    void cleanCmsExportBecomesThisArticle() throws ArticleFormatException {
        Article a = new HtmlArticleReader().read(PAGES.resolve("iron-deficiency-anemia.html"));

        assertThat(a).isEqualTo(new Article("iron-deficiency-anemia", "Iron Deficiency Anemia",
                "https://library.example-hospital.org/health/iron-deficiency-anemia", LocalDate.of(2025, 9, 14),
                "Iron deficiency anemia means your body does not have enough iron to make the hemoglobin your red blood cells need.",
                List.of("low iron", "iron-poor blood", "low ferritin"),
                List.of(new Source("Iron deficiency anemia - MedlinePlus", "https://medlineplus.gov/ency/article/000584.htm"),
                        new Source("Iron-Deficiency Anemia - NHLBI", "https://www.nhlbi.nih.gov/health/anemia/iron-deficiency-anemia")),
                List.of(), """
                ## Overview

                Iron deficiency anemia is the most common kind of [anemia](anemia.md). It happens when your body does not have enough iron. Your body needs iron to make hemoglobin, the part of red blood cells that carries oxygen.

                ## Symptoms

                Mild iron deficiency may not cause any symptoms. As it gets worse, you may have:

                - Tiredness and weakness
                - Pale skin
                - Shortness of breath when you are active
                - Cravings for ice or dirt

                ## Causes

                You can run low on iron when you lose blood, do not get enough iron in your food, or cannot absorb iron well.

                - Heavy periods
                - Slow bleeding in the stomach or bowel
                - Pregnancy, when the body needs more iron

                ## Treatment

                Most people take iron pills. Your provider will also look for the cause.

                1. Take the iron pill with water or orange juice.
                2. Do not take it with milk, tea or antacids.
                3. Have a blood test again in a few weeks.

                - Food: Lean beef; Iron: High
                - Food: Lentils and beans; Iron: Medium

                Some people need iron through a vein or a [blood transfusion](blood-transfusion.md). The nutrition society lists more foods.

                ## When to call your provider

                Call your provider if you feel very tired, short of breath, or see blood in your stool.

                ## Common questions

                ### How long does it take to feel better?

                Most people feel better within a few weeks of starting iron.

                ### Can I get enough iron from food alone?

                Food helps, but it is often not enough to fix anemia. Iron pills work faster.
                """));
    }

    @Test
    void scrapedPageTakesItsIdAndUrlFromOgUrlNotTheFileName() {
        assertThat(scraped.id()).isEqualTo("sickle-cell-disease");
        assertThat(scraped.url()).isEqualTo("https://www.example-medical-center.org/health-library/conditions/sickle-cell-disease/");
        assertThat(scraped.title()).isEqualTo("Sickle Cell Disease");
        assertThat(scraped.summary()).isEqualTo("Sickle cell disease is an inherited blood disorder in which red blood cells "
                + "bend into a curved shape and block blood flow.");
    }

    @Test
    void scrapedPageReviewedDateComesFromTheLastReviewedLine() {
        assertThat(scraped.reviewed()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void scrapedPageHasExactlyTheseSections() {
        assertThat(headings(scraped, "## ")).containsExactly("Overview", "Symptoms", "Causes", "Diagnosis and Tests",
                "Treatment", "When to Get Help", "Common questions");
    }

    @Test
    void scrapedPageKeepsEveryFaqFormAsAQuestion() {
        String faq = scraped.body().substring(scraped.body().indexOf("## Common questions"));

        assertThat(headings(faq, "### ")).containsExactly(
                "Is sickle cell disease contagious?", // accordion button in an h3, panel hidden
                "Can sickle cell disease be cured?",
                "Can people with sickle cell trait play sports?", // bold paragraph
                "Will my child outgrow sickle cell disease?"); // details/summary
        assertThat(faq).contains("### Is sickle cell disease contagious?\n\n"
                + "No. You cannot catch sickle cell disease from another person. You are born with it.\n");
    }

    @Test
    void scrapedPageKeepsNestedListsAsNestedLists() {
        assertThat(scraped.body()).contains("""
                Symptoms usually start in early childhood. They can include:

                - Sudden attacks of pain, called pain crises, which can happen:
                  - In the chest
                  - In the belly
                  - In the bones and joints
                - Tiredness from a low red blood cell count
                - Swelling of the hands and feet
                - Infections that happen often

                ## Causes
                """);
        assertThat(scraped.body()).contains("""
                - Antibiotics and vaccines to prevent infections
                  - Daily antibiotics for young children
                  - All the usual childhood vaccines
                - Blood transfusions
                """);
        assertThat(scraped.body()).contains("""
                1. Drink plenty of water.
                2. Take pain medicine the way your care team told you to.
                3. Use a heating pad on the sore area.
                """);
    }

    @ParameterizedTest(name = "no \"{0}\"")
    @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "advertisement", "Sponsored", "FlexiHeal", "PlanFinder",
            "Story continues", "Share", "Facebook", "Email", "Print", "Skip to", "Home", "Conditions", "Pay My Bill",
            "Last reviewed", "Editorial Team", "editorial policy", "checked by clinicians", "last updated",
            "newsletter", "inbox", "Subscribe", "cookies", "Accept all", "Was this page helpful", "Related Articles",
            "Thalassemia", "Find a Hematologist", "References", "©"})
    void scrapedPageBodyHasNoBoilerplate(String boilerplate) {
        assertThat(scraped.body()).doesNotContain(boilerplate);
    }

    @Test
    void scrapedPageKeepsTheEmergencyCalloutAndInternalLinks() {
        assertThat(scraped.body()).contains("""
                ## When to Get Help

                ### Get emergency care

                Call 911 if you have chest pain, trouble breathing, weakness on one side of the body, or trouble speaking.
                """);
        assertThat(scraped.body()).contains("which leads to [anemia](anemia.md).");
    }

    @Test
    void scrapedPageReferencesBecomeSources() {
        assertThat(scraped.sources()).containsExactly(
                new Source("Sickle Cell Disease - NHLBI", "https://www.nhlbi.nih.gov/health/sickle-cell-disease"),
                new Source("MedlinePlus. Sickle cell disease", "https://medlineplus.gov/sicklecelldisease.html"));
    }

    @Test
    void pageWithoutTitleIsRefused() {
        assertThatThrownBy(() -> new HtmlArticleReader().read(PAGES.resolve("broken-page.html")))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessage("no title: nothing matches 'h1' and there is no og:title");
    }

    @Test
    void pageWhoseContentTheSelectorsDoNotFindIsRefused() {
        assertThatThrownBy(() -> new HtmlArticleReader().read(PAGES.resolve("custom-cms-layout.html")))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessage("no content: nothing matches 'main, article, [role=main], #content'");
    }

    @Test
    void customSelectorsReadAnOldCmsLayout() throws ArticleFormatException {
        HtmlSelectors selectors = HtmlSelectors.defaults()
                .withTitle(".topic-title").withContent(".page-body").withSectionHeading(".section-title");

        Article a = new HtmlArticleReader(selectors).read(PAGES.resolve("custom-cms-layout.html"));

        assertThat(a.id()).isEqualTo("polycythemia-vera");
        assertThat(a.title()).isEqualTo("Polycythemia Vera");
        assertThat(a.reviewed()).isEqualTo(LocalDate.of(2025, 6, 5));
        assertThat(a.body()).isEqualTo("""
                ## What is it?

                Polycythemia vera is a rare, slow-growing blood cancer. The bone marrow makes too many red blood cells, which makes the blood thicker.

                ## Treatment

                Treatment lowers the number of red blood cells and the risk of clots:

                - Removing some blood from a vein, much like giving blood
                - Low-dose aspirin, if your provider advises it
                - Medicines that slow the bone marrow
                """);
    }

    @Test
    void pageThatIsAllBoilerplateIsRefused() {
        String html = "<html><body><main><h1>Offers</h1><div class=\"ad-slot\">Buy now</div><p>Advertisement</p></main></body></html>";

        assertThatThrownBy(() -> new HtmlArticleReader().parse(html, "offers.html"))
                .hasMessage("no content: the content element holds no text once boilerplate is removed");
    }

    @Test
    void idComesFromTheFileNameWhenThePageNamesNoAddress() throws ArticleFormatException {
        String html = "<html><head><meta property=\"og:title\" content=\"Low Platelets\"></head>"
                + "<body><article><p>Platelets help blood clot.</p></article></body></html>";

        Article a = new HtmlArticleReader().parse(html, "Low Platelets (Thrombocytopenia).html");

        assertThat(a.id()).isEqualTo("low-platelets-thrombocytopenia");
        assertThat(a.title()).isEqualTo("Low Platelets");
        assertThat(a.url()).isEmpty();
        assertThat(a.body()).isEqualTo("## Overview\n\nPlatelets help blood clot.\n");
    }

    static List<String> headings(Article a, String marker) {
        return headings(a.body(), marker);
    }

    static List<String> headings(String body, String marker) {
        return Arrays.stream(body.split("\n")).filter(l -> l.startsWith(marker)).map(l -> l.substring(marker.length())).toList();
    }
}
