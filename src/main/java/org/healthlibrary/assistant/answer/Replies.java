package org.healthlibrary.assistant.answer;

import java.util.regex.Pattern;

/**
 * Which fixed reply a message that is not about health gets: a greeting or thanks gets a
 * friendly one. The sentences themselves are in {@link AnswerMessages}. Stateless.
 */
public final class Replies {

    private static final Pattern GREETING_WORDS = Pattern.compile(
            "(?i)^\\W*(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings)(\\s+there)?\\W*$");
    private static final Pattern THANKS_WORDS = Pattern.compile(
            "(?i)^\\W*(thanks?( you)?( so much| a lot)?|thank u|thx|ty|ok(ay)?,? thanks?|great,? thanks?|bye|goodbye)\\W*$");

    private Replies() {
    }

    /** The reply kind for a message that is not about health. */
    public static DraftBody.Reply.Kind outOfScope(String message) {
        if (GREETING_WORDS.matcher(message).matches()) {
            return DraftBody.Reply.Kind.GREETING;
        }
        if (THANKS_WORDS.matcher(message).matches()) {
            return DraftBody.Reply.Kind.THANKS;
        }
        return DraftBody.Reply.Kind.OUT_OF_SCOPE;
    }
}
