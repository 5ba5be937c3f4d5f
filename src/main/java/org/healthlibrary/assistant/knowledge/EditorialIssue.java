package org.healthlibrary.assistant.knowledge;

/**
 * One finding of the editorial checks on one article. Immutable.
 *
 * @param rule     which check found it
 * @param severity whether it blocks publishing ({@link Severity#ERROR}) or only asks for attention
 * @param message  what is wrong, in words an editor can act on
 */
public record EditorialIssue(Rule rule, Severity severity, String message) {

    /** The editorial checks. */
    public enum Rule {
        /** The Flesch-Kincaid grade is above the limit. */
        READING_GRADE,
        /** A front-matter field is missing or empty. */
        FRONT_MATTER,
        /** A link {@code [text](other.md)} or a {@code related} id names no article of the library. */
        BROKEN_LINK,
        /** The reviewed date is older than the review interval. */
        STALE_REVIEW
    }

    /** How much an issue matters. */
    public enum Severity {
        /** Must be fixed: the editorial test fails. */
        ERROR,
        /** Reported for the editors' attention; does not fail. */
        WARNING
    }

    public static EditorialIssue error(Rule rule, String message) {
        return new EditorialIssue(rule, Severity.ERROR, message);
    }

    public static EditorialIssue warning(Rule rule, String message) {
        return new EditorialIssue(rule, Severity.WARNING, message);
    }

    @Override
    public String toString() {
        return severity + " " + rule + ": " + message;
    }
}
