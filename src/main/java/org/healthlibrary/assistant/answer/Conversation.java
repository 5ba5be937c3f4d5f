package org.healthlibrary.assistant.answer;

/**
 * What the assistant remembers of a conversation between messages: only the topic last
 * answered (so "can it go away?" can follow "what is pancytopenia?"). Never the message text.
 * Immutable.
 *
 * @param lastArticleId    the article of the last answer, or {@code null}
 * @param lastArticleTitle its title, or {@code null}
 */
public record Conversation(String lastArticleId, String lastArticleTitle) {

    /** A new conversation. */
    public static Conversation start() {
        return new Conversation(null, null);
    }

    /** This conversation, now about {@code articleId}. */
    public Conversation about(String articleId, String title) {
        return new Conversation(articleId, title);
    }
}
