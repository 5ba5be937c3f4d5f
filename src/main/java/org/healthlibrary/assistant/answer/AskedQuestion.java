package org.healthlibrary.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What retrieval is asked for one message: the {@link QuestionPart} of the message, with the
 * library topics its story names added when the asking part names no library topic of its own
 * ("how long until i feel normal" after "i got a transfusion"; a question that names its own
 * topic is asked about that topic only), and, in a conversation, the
 * conversation's topic added to a short message that names no topic of its own ("is it
 * curable?", "what about running", "can i eat before"), whether or not the last turn was
 * answered. Immutable.
 *
 * @param query   the text to retrieve with and to gate on
 * @param kind    whether the message asks or only states
 * @param named   the library topics the whole message names, in order
 * @param added   the topics of the story added to the question (an answer must come from one of
 *                their articles: the story's topic only points retrieval at them); empty when none
 * @param carried true when the conversation's topic was added
 */
public record AskedQuestion(String query, QuestionPart.Kind kind, List<LibraryTopics.Named> named,
                            List<LibraryTopics.Named> added, boolean carried) {

    /** The rule refusing an answer from another article than the story's topic added to the question. */
    public static final String OFF_STORY_TOPIC = "evidence:off-story-topic";
    /** A message at most this long that names no topic continues the conversation's topic. */
    private static final int FOLLOW_UP_WORDS = 8;
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(it|this|that|these|those|they|them|its|he|she|his|her)\\b");

    public AskedQuestion {
        named = List.copyOf(named);
        added = List.copyOf(added);
    }

    /** Reads {@code message} in {@code state} with the library's topic names. */
    public static AskedQuestion read(String message, Conversation state, LibraryTopics topics) {
        QuestionPart part = QuestionPart.of(message, topics);
        List<LibraryTopics.Named> named = topics.named(message);
        StringBuilder query = new StringBuilder(part.question());
        List<LibraryTopics.Named> added = new ArrayList<>();
        if (topics.named(part.question()).isEmpty()) {
            String asked = part.question().toLowerCase(Locale.ROOT);
            for (LibraryTopics.Named n : named) {
                if (!asked.contains(n.name())) {
                    query.append(' ').append(n.name());
                    added.add(n);
                }
            }
        }
        boolean carried = false;
        if (named.isEmpty() && state.lastArticleTitle() != null && !isSmallTalk(message)
                && (words(message) <= FOLLOW_UP_WORDS || POINTS_BACK.matcher(message).find())) {
            query.append(' ').append(LibraryTopics.titleNames(state.lastArticleTitle()).getFirst());
            carried = true;
        }
        return new AskedQuestion(query.toString(), part.kind(), named, added, carried);
    }

    /** The whole {@code message} asked, as read in {@code read}: no story topic added, nothing carried. */
    public static AskedQuestion whole(String message, AskedQuestion read) {
        return new AskedQuestion(message, read.kind(), read.named(), List.of(), false);
    }

    /**
     * The gate's {@code decision} on {@link #query()}, unless it answers from another article than
     * the story topics added to the question: they were added only to point retrieval at their
     * articles, so an answer from elsewhere rests on the story, not on the question; refused then
     * ({@value #OFF_STORY_TOPIC}).
     */
    public EvidenceGate.Decision onStory(EvidenceGate.Decision decision) {
        if (decision.outcome() != Outcome.ANSWERED || added.isEmpty()) {
            return decision;
        }
        String articleId = decision.cited().getFirst().passage().articleId();
        return added.stream().anyMatch(n -> n.articleId().equals(articleId)) ? decision
                : new EvidenceGate.Decision(Outcome.NOT_IN_LIBRARY, OFF_STORY_TOPIC, -1, List.of(), decision.reading());
    }

    private static boolean isSmallTalk(String message) {
        return Replies.outOfScope(message) != DraftBody.Reply.Kind.OUT_OF_SCOPE;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
