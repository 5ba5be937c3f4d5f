package org.healthlibrary.assistant.knowledge;

import java.util.List;

/**
 * The editorial checks' result for one article: its reading score and what they found.
 * Immutable.
 *
 * @param id          the article's id
 * @param readability the body's reading score
 * @param issues      findings, in the order the checks ran (front matter, grade, links, review date)
 */
public record ArticleReview(String id, ReadabilityScore readability, List<EditorialIssue> issues) {

    public ArticleReview {
        issues = List.copyOf(issues);
    }

    /** The findings that must be fixed. */
    public List<EditorialIssue> errors() {
        return issues.stream().filter(i -> i.severity() == EditorialIssue.Severity.ERROR).toList();
    }

    /** The findings reported for attention only. */
    public List<EditorialIssue> warnings() {
        return issues.stream().filter(i -> i.severity() == EditorialIssue.Severity.WARNING).toList();
    }
}
