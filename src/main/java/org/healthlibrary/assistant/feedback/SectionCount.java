package org.healthlibrary.assistant.feedback;

/**
 * How patients rated answers filed under one article and section. Immutable.
 *
 * @param articleId  the article, or {@code null} for answers that cited none
 * @param section    the section, or {@code null}
 * @param up         thumbs up
 * @param down       thumbs down
 * @param unreviewed records no reviewer has marked reviewed yet
 */
public record SectionCount(String articleId, String section, long up, long down, long unreviewed) {

    /** All records filed here. */
    public long total() {
        return up + down;
    }
}
