package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the editorial checks over the articles the project ships ({@code knowledge/}, relative
 * to the project root), prints the table, and fails on any load problem, front-matter gap,
 * broken link or reading grade above 9. A stale review date is printed, never a failure.
 * Only the Markdown articles are reviewed: a JSONL corpus dropped into the folder is external
 * reference text (no front matter to complete), though its load problems still fail the test.
 */
class ShippedLibraryEditorialTest {

    private static Library library;
    private static EditorialReport report;

    @BeforeAll
    static void reviewShippedLibrary() {
        Path folder = Path.of("knowledge");
        library = new LibraryLoader().load(folder);
        List<Article> markdown = library.articles().stream()
                .filter(a -> Files.isRegularFile(folder.resolve(a.id() + ".md"))).toList();
        report = new EditorialReport(new EditorialChecks().review(markdown, LocalDate.now()), library.problems());
        report.print(System.out);
    }

    @Test
    void libraryHasArticles() {
        assertThat(library.articles()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void everyArticleLoads() {
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void everyArticlePassesTheEditorialChecks() {
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void everyArticleReadsAtGradeNineOrBelow() {
        assertThat(report.reviews()).allSatisfy(r -> assertThat(r.readability().grade())
                .as("%s reading grade", r.id()).isLessThanOrEqualTo(EditorialChecks.DEFAULT_MAX_GRADE));
    }
}
