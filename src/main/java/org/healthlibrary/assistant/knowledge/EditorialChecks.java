package org.healthlibrary.assistant.knowledge;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The health library's editorial rules, checked per article:
 * <ul>
 *   <li>front matter complete: id, title, url, reviewed, summary, at least one synonym and at
 *       least one source, each source with a title and a url (error);</li>
 *   <li>Flesch-Kincaid grade ({@link ReadabilityScore}) at most {@code maxGrade} (error);</li>
 *   <li>every link {@code [text](other-id.md)} in the body and every {@code related} id names
 *       an article of the library (error);</li>
 *   <li>reviewed no longer than {@code maxReviewAge} before "today" (warning: a stale article
 *       still helps patients, but clinical reviewers should look at it).</li>
 * </ul>
 * "Today" is a parameter so that checks are repeatable in tests. Immutable and thread-safe.
 */
public final class EditorialChecks {

    /** Patient material should read at grade 9 or below. */
    public static final double DEFAULT_MAX_GRADE = 9.0;
    /** Articles are due for clinical review every three years. */
    public static final Period DEFAULT_MAX_REVIEW_AGE = Period.ofYears(3);

    /** {@code [text](target.md)} or {@code [text](target.md#anchor)}; group 1 is the target file. */
    private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*([^)\\s#]+\\.md)(#[^)\\s]*)?\\s*\\)");

    private final double maxGrade;
    private final Period maxReviewAge;

    /** Checks with grade 9 and three years. */
    public EditorialChecks() {
        this(DEFAULT_MAX_GRADE, DEFAULT_MAX_REVIEW_AGE);
    }

    public EditorialChecks(double maxGrade, Period maxReviewAge) {
        if (maxGrade <= 0) {
            throw new IllegalArgumentException("maxGrade must be positive, was " + maxGrade);
        }
        if (maxReviewAge.isNegative() || maxReviewAge.isZero()) {
            throw new IllegalArgumentException("maxReviewAge must be positive, was " + maxReviewAge);
        }
        this.maxGrade = maxGrade;
        this.maxReviewAge = maxReviewAge;
    }

    /** Reviews every article of a loaded library, keeping its load problems in the report. */
    public EditorialReport review(Library library, LocalDate today) {
        return new EditorialReport(review(library.articles(), today), library.problems());
    }

    /** Reviews {@code articles}; links must resolve within this collection. */
    public List<ArticleReview> review(Collection<Article> articles, LocalDate today) {
        Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
        return articles.stream().map(a -> review(a, ids, today)).toList();
    }

    /** Reviews one article; links must resolve to one of {@code libraryIds}. */
    public ArticleReview review(Article article, Set<String> libraryIds, LocalDate today) {
        List<EditorialIssue> issues = new ArrayList<>();
        frontMatter(article, issues);
        ReadabilityScore score = ReadabilityScore.of(article.body());
        if (score.grade() > maxGrade) {
            issues.add(EditorialIssue.error(EditorialIssue.Rule.READING_GRADE,
                    "reading grade " + score.gradeText() + " is above " + maxGrade
                            + ": use shorter sentences and shorter words"));
        }
        links(article, libraryIds, issues);
        if (article.reviewed() != null && article.reviewed().isBefore(today.minus(maxReviewAge))) {
            issues.add(EditorialIssue.warning(EditorialIssue.Rule.STALE_REVIEW,
                    "reviewed " + article.reviewed() + ", more than " + describe(maxReviewAge)
                            + " before " + today + ": due for clinical review"));
        }
        return new ArticleReview(article.id(), score, issues);
    }

    /** The targets of {@code [text](target.md)} links in a Markdown body, as article ids, in order. */
    public static Set<String> linkedIds(String markdown) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = MD_LINK.matcher(markdown);
        while (m.find()) {
            String target = m.group(1);
            String file = target.substring(target.lastIndexOf('/') + 1);
            ids.add(file.substring(0, file.length() - ".md".length()));
        }
        return ids;
    }

    private static void frontMatter(Article a, List<EditorialIssue> issues) {
        missing(blank(a.id()), "id", issues);
        missing(blank(a.title()), "title", issues);
        missing(blank(a.url()), "url", issues);
        missing(a.reviewed() == null, "reviewed", issues);
        missing(blank(a.summary()), "summary", issues);
        missing(a.synonyms().isEmpty(), "synonyms", issues);
        missing(a.sources().isEmpty(), "sources", issues);
        for (int i = 0; i < a.sources().size(); i++) {
            Source s = a.sources().get(i);
            missing(s == null || blank(s.title()), "sources[" + (i + 1) + "].title", issues);
            missing(s == null || blank(s.url()), "sources[" + (i + 1) + "].url", issues);
        }
    }

    private static void missing(boolean isMissing, String field, List<EditorialIssue> issues) {
        if (isMissing) {
            issues.add(EditorialIssue.error(EditorialIssue.Rule.FRONT_MATTER, "front matter has no " + field));
        }
    }

    private static void links(Article a, Set<String> libraryIds, List<EditorialIssue> issues) {
        for (String target : linkedIds(a.body())) {
            if (!libraryIds.contains(target)) {
                issues.add(EditorialIssue.error(EditorialIssue.Rule.BROKEN_LINK,
                        "link to " + target + ".md: no such article"));
            }
        }
        for (String related : a.related()) {
            if (!libraryIds.contains(related)) {
                issues.add(EditorialIssue.error(EditorialIssue.Rule.BROKEN_LINK,
                        "related id '" + related + "': no such article"));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Period p) {
        if (p.getMonths() == 0 && p.getDays() == 0) {
            return p.getYears() + (p.getYears() == 1 ? " year" : " years");
        }
        return p.toString();
    }
}
