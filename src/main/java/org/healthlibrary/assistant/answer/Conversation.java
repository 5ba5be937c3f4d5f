package org.healthlibrary.assistant.answer;

/**
 * What the assistant remembers of a conversation between messages: the topic last answered (so
 * "can it go away?" can follow "what is pancytopenia?") and two clinical facts the red-flag
 * screen needs later (a fever matters more once low white cells or chemotherapy were
 * mentioned). Never the message text or lab values themselves. Immutable.
 *
 * @param lastArticleId      the article of the last answer, or {@code null}
 * @param lastArticleTitle   its title, or {@code null}
 * @param lowWhiteCellsKnown low white cells or neutrophils were reported earlier
 * @param onChemotherapy     chemotherapy was mentioned earlier
 */
public record Conversation(String lastArticleId, String lastArticleTitle, boolean lowWhiteCellsKnown,
                           boolean onChemotherapy) {

    /** A new conversation. */
    public static Conversation start() {
        return new Conversation(null, null, false, false);
    }

    /** This conversation, now about {@code articleId}. */
    public Conversation about(String articleId, String title) {
        return new Conversation(articleId, title, lowWhiteCellsKnown, onChemotherapy);
    }

    /** This conversation with clinical facts added (facts are never forgotten within a conversation). */
    public Conversation knowing(boolean lowWhiteCells, boolean chemotherapy) {
        return new Conversation(lastArticleId, lastArticleTitle, lowWhiteCellsKnown || lowWhiteCells,
                onChemotherapy || chemotherapy);
    }
}
