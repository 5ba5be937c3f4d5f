package org.healthlibrary.assistant.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What retrieval is asked for one message: the {@link QuestionPart} of the message, with the
 * library topics its story names added when the asking part does not name them ("is he going
 * to die" after "my son ... was diagnosed with aplastic anemia"), and, in a conversation, the
 * conversation's topic added to a short message that names no topic of its own ("is it
 * curable?", "what about running", "can i eat before"), whether or not the last turn was
 * answered. Immutable.
 *
 * @param query   the text to retrieve with and to gate on
 * @param kind    whether the message asks or only states
 * @param named   the library topics the whole message names, in order
 * @param carried true when the conversation's topic was added
 */
public record AskedQuestion(String query, QuestionPart.Kind kind, List<LibraryTopics.Named> named, boolean carried) {

    /** A message at most this long that names no topic continues the conversation's topic. */
    private static final int FOLLOW_UP_WORDS = 8;
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(it|this|that|these|those|they|them|its|he|she|his|her)\\b");

    public AskedQuestion {
        named = List.copyOf(named);
    }

    /** Reads {@code message} in {@code state} with the library's topic names. */
    public static AskedQuestion read(String message, Conversation state, LibraryTopics topics) {
        QuestionPart part = QuestionPart.of(message);
        List<LibraryTopics.Named> named = topics.named(message);
        StringBuilder query = new StringBuilder(part.question());
        String asked = part.question().toLowerCase(Locale.ROOT);
        for (LibraryTopics.Named n : named) {
            if (!asked.contains(n.name())) {
                query.append(' ').append(n.name());
            }
        }
        boolean carried = false;
        if (named.isEmpty() && state.lastArticleTitle() != null && !isSmallTalk(message)
                && (words(message) <= FOLLOW_UP_WORDS || POINTS_BACK.matcher(message).find())) {
            query.append(' ').append(LibraryTopics.titleNames(state.lastArticleTitle()).getFirst());
            carried = true;
        }
        return new AskedQuestion(query.toString(), part.kind(), named, carried);
    }

    private static boolean isSmallTalk(String message) {
        return Replies.outOfScope(message) != DraftBody.Reply.Kind.OUT_OF_SCOPE;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
