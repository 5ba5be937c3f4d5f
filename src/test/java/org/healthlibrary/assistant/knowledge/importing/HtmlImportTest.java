package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.knowledge.MarkdownArticleReader;
import org.healthlibrary.assistant.knowledge.importing.ImportReport.Skipped;
import org.healthlibrary.assistant.knowledge.importing.ImportReport.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {

    private static final Path PAGES = HtmlArticleReaderTest.PAGES;
    private static final String SCRAPED = "Sickle Cell Disease _ Example Medical Center.html";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final HtmlImport htmlImport = new HtmlImport(new HtmlArticleReader(), TODAY);

    @Test
    void importsTheUsablePagesAndReportsTheRest(@TempDir Path out) throws IOException {
        ImportReport report = htmlImport.run(PAGES, out, false, false);

        assertThat(report.read()).isEqualTo(4);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).containsExactly(
                new Skipped("broken-page.html", "no title: nothing matches 'h1' and there is no og:title"),
                new Skipped("custom-cms-layout.html", "no content: nothing matches 'main, article, [role=main], #content'"));
        assertThat(report.warnings()).containsExactly(
                new Warning(SCRAPED, "link 'anemia' kept as text: no article 'anemia'"),
                new Warning(SCRAPED, "front matter has no synonyms"),
                new Warning("iron-deficiency-anemia.html", "link 'anemia' kept as text: no article 'anemia'"),
                new Warning("iron-deficiency-anemia.html", "link 'blood transfusion' kept as text: no article 'blood-transfusion'"));
        assertThat(fileNames(out)).containsExactly("iron-deficiency-anemia.md", "sickle-cell-disease.md");
    }

    @Test
    void writtenArticlesLoadAsALibraryWithoutProblems(@TempDir Path out) throws IOException {
        htmlImport.run(PAGES, out, false, false);

        Library library = new LibraryLoader().load(out);

        assertThat(library.problems()).isEmpty();
        assertThat(library.articles()).extracting(Article::id).containsExactly("iron-deficiency-anemia", "sickle-cell-disease");
        assertThat(library.article("sickle-cell-disease").orElseThrow().body())
                .contains("which leads to anemia.").doesNotContain("](anemia.md)");
    }

    @Test
    void linksToArticlesAlreadyInTheOutputFolderStayLinksAndBecomeRelated(@TempDir Path out) throws Exception {
        Files.copy(Path.of("knowledge/anemia.md"), out.resolve("anemia.md"));
        Files.copy(Path.of("knowledge/blood-transfusion.md"), out.resolve("blood-transfusion.md"));

        ImportReport report = htmlImport.run(PAGES, out, false, false);

        Article iron = new MarkdownArticleReader().read(out.resolve("iron-deficiency-anemia.md"));
        assertThat(iron.related()).containsExactly("anemia", "blood-transfusion");
        assertThat(iron.body()).contains("[anemia](anemia.md)", "[blood transfusion](blood-transfusion.md)");
        assertThat(report.warnings()).extracting(Warning::message).noneMatch(m -> m.startsWith("link"));
    }

    @Test
    void existingArticleIsKeptUnlessOverwriteIsAsked(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("sickle-cell-disease.md"), "hand-edited");

        ImportReport kept = htmlImport.run(PAGES, out, false, false);

        assertThat(kept.skipped()).contains(new Skipped(SCRAPED,
                "sickle-cell-disease.md already exists in " + out + " (use --overwrite to replace it)"));
        assertThat(Files.readString(out.resolve("sickle-cell-disease.md"))).isEqualTo("hand-edited");

        ImportReport replaced = htmlImport.run(PAGES, out, true, false);

        assertThat(replaced.imported()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("sickle-cell-disease.md"))).startsWith("---\nid: sickle-cell-disease\n");
    }

    @Test
    void secondPageWithTheSameIdIsSkipped(@TempDir Path pages, @TempDir Path out) throws IOException {
        Files.copy(PAGES.resolve("iron-deficiency-anemia.html"), pages.resolve("a.html"));
        Files.createDirectories(pages.resolve("crawl/2024"));
        Files.copy(PAGES.resolve("iron-deficiency-anemia.html"), pages.resolve("crawl/2024/b.htm"));

        ImportReport report = htmlImport.run(pages, out, false, false);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).containsExactly(new Skipped("crawl/2024/b.htm".replace('/', File.separatorChar),
                "id 'iron-deficiency-anemia' is already taken by a.html"));
    }

    @Test
    void dryRunWritesNothingAndReportsTheSame(@TempDir Path out) throws IOException {
        ImportReport dry = htmlImport.run(PAGES, out, false, true);

        assertThat(fileNames(out)).isEmpty();
        assertThat(dry.imported()).isEqualTo(2);
        assertThat(dry.skipped()).hasSize(2);
    }

    @Test
    void customSelectorsImportTheOldCmsLayout(@TempDir Path out) throws IOException {
        HtmlSelectors selectors = HtmlSelectors.defaults()
                .withTitle(".topic-title").withContent(".page-body").withSectionHeading(".section-title");

        ImportReport report = new HtmlImport(new HtmlArticleReader(selectors), TODAY).run(PAGES, out, false, false);

        assertThat(fileNames(out)).contains("polycythemia-vera.md");
        assertThat(report.warnings()).filteredOn(w -> w.item().equals("custom-cms-layout.html"))
                .extracting(Warning::message).containsExactly("front matter has no synonyms", "front matter has no sources");
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
