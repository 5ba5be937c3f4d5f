package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthlibrary.assistant.knowledge.EditorialIssue.Rule.BROKEN_LINK;
import static org.healthlibrary.assistant.knowledge.EditorialIssue.Rule.FRONT_MATTER;
import static org.healthlibrary.assistant.knowledge.EditorialIssue.Rule.READING_GRADE;
import static org.healthlibrary.assistant.knowledge.EditorialIssue.Rule.STALE_REVIEW;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fixture article in {@code knowledge-fixtures/editorial/} breaks one rule (or none). */
class EditorialChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Path FIXTURES = Path.of("src/test/resources/knowledge-fixtures/editorial");

    private static EditorialReport report;
    private static Map<String, ArticleReview> byId;

    @BeforeAll
    static void review() {
        report = new EditorialChecks().review(new LibraryLoader().load(FIXTURES), TODAY);
        byId = report.reviews().stream().collect(Collectors.toMap(ArticleReview::id, r -> r));
    }

    static Stream<Arguments> expectedIssues() {
        return Stream.of(
                Arguments.of("clear-article", List.of()),
                Arguments.of("stale-article", List.of(EditorialIssue.warning(STALE_REVIEW,
                        "reviewed 2023-11-23, more than 3 years before 2026-11-24: due for clinical review"))),
                Arguments.of("incomplete-article", List.of(
                        EditorialIssue.error(FRONT_MATTER, "front matter has no url"),
                        EditorialIssue.error(FRONT_MATTER, "front matter has no summary"),
                        EditorialIssue.error(FRONT_MATTER, "front matter has no synonyms"),
                        EditorialIssue.error(FRONT_MATTER, "front matter has no sources[1].url"),
                        EditorialIssue.error(BROKEN_LINK, "link to missing-article.md: no such article"),
                        EditorialIssue.error(BROKEN_LINK, "related id 'retired-article': no such article"))),
                Arguments.of("dense-article", List.of(EditorialIssue.error(READING_GRADE,
                        "reading grade 28.7 is above 9.0: use shorter sentences and shorter words"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedIssues")
    void findsExactlyTheseIssues(String id, List<EditorialIssue> expected) {
        assertThat(byId.get(id).issues()).containsExactlyElementsOf(expected);
    }

    @Test
    void aFileThatCannotBeLoadedIsAFailure() {
        assertThat(report.problems()).extracting(LoadProblem::file).containsExactly("broken-front-matter.md");
        assertThat(report.failures()).first().asString()
                .startsWith("broken-front-matter.md: cannot load: front matter is not valid YAML");
    }

    @Test
    void staleReviewIsAWarningNotAFailure() {
        assertThat(byId.get("stale-article").errors()).isEmpty();
        assertThat(report.warnings()).containsExactly("stale-article: WARNING STALE_REVIEW: reviewed 2023-11-23, "
                + "more than 3 years before 2026-11-24: due for clinical review");
        assertThat(report.failures()).noneMatch(f -> f.startsWith("stale-article"));
    }

    @ParameterizedTest(name = "reviewed {0}: stale {1}")
    @CsvSource({"2023-11-24, false", "2023-11-23, true", "2026-11-24, false", "2010-01-01, true"})
    void reviewIsStaleWhenOlderThanThreeYears(LocalDate reviewed, boolean stale) {
        Article a = article(reviewed, "Short words here.\n");

        List<EditorialIssue> issues = new EditorialChecks().review(a, Set.of("a"), TODAY).issues();

        assertThat(issues).extracting(EditorialIssue::rule).containsExactlyElementsOf(stale ? List.of(STALE_REVIEW) : List.of());
    }

    @ParameterizedTest(name = "max grade {0}")
    @CsvSource({"9.0, 0", "1.0, 1"})
    void gradeLimitIsConfigurable(double maxGrade, int gradeIssues) {
        Article a = article(TODAY, "Wash your hands with soap and water before you eat.\n"); // grade 2.6

        List<EditorialIssue> issues = new EditorialChecks(maxGrade, Period.ofYears(3)).review(a, Set.of("a"), TODAY).issues();

        assertThat(issues).filteredOn(i -> i.rule() == READING_GRADE).hasSize(gradeIssues);
    }

    @Test
    void linkedIdsReadMarkdownLinksToArticleFiles() {
        String md = "See [a](anemia.md), [b](./leukemia.md#symptoms), [c](https://x.org/page.md), [d](other.html) and [a again](anemia.md).";

        assertThat(EditorialChecks.linkedIds(md)).containsExactly("anemia", "leukemia", "page");
    }

    @Test
    void printsATableWithEveryFinding() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("id                  grade   words  sentences  errors  warnings");
        assertThat(lines).contains("stale-article         3.7      15          3       0         1",
                "4 articles, 1 load problems, 7 errors, 1 warnings",
                "  incomplete-article: ERROR BROKEN_LINK: link to missing-article.md: no such article");
    }

    @Test
    void refusesNonsenseLimits() {
        assertThatThrownBy(() -> new EditorialChecks(0, Period.ofYears(3))).hasMessage("maxGrade must be positive, was 0.0");
        assertThatThrownBy(() -> new EditorialChecks(9, Period.ZERO)).hasMessage("maxReviewAge must be positive, was P0D");
    }

    private static Article article(LocalDate reviewed, String text) {
        return new Article("a", "A", "https://x.org/a", reviewed, "Summary.", List.of("synonym"),
                List.of(new Source("Source", "https://x.org/s")), List.of(), "## Overview\n\n" + text);
    }
}
