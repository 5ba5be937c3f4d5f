package org.healthlibrary.assistant.evaluation;

/**
 * What a case is checked against: the last answer of its conversation, reduced to what the
 * checks read, so that scoring does not depend on the pipeline's own types.
 *
 * @param outcome         the outcome name
 * @param answer          the answer text
 * @param citedArticle    the first citation's article id, or null
 * @param citedSection    the first citation's section heading path, or null
 * @param labPattern      the lab report's pattern name, or null without a report
 * @param labUrgency      the lab report's urgency name, or null without a report
 */
public record ProbeAnswer(String outcome, String answer, String citedArticle, String citedSection,
                          String labPattern, String labUrgency) {

    /** The first citation as {@code article#section}, or null. */
    public String firstCitation() {
        if (citedArticle == null) {
            return null;
        }
        return citedSection == null || citedSection.isBlank() ? citedArticle : citedArticle + "#" + citedSection;
    }
}
