package org.healthlibrary.assistant.answer;

import java.util.regex.Pattern;

/** The fixed wording of answers that do not come from a passage. */
final class Replies {

    static final String NOT_IN_LIBRARY = "Our health library does not have information that answers this question. "
            + "Please ask your healthcare provider, who knows your health and can answer it for you. "
            + "You can also ask me about blood counts and blood conditions, such as anemia, low platelets or pancytopenia.";

    static final String OUT_OF_SCOPE = "I can only answer health questions from our hospital's health library, "
            + "such as questions about blood counts, anemia, low platelets or pancytopenia. "
            + "I can't help with that request.";

    static final String LAB_QUESTIONS_LEAD = "I need a little more information before I can explain these numbers.";

    static final String GREETING = "Hello! I can answer questions from our hospital's health library about blood "
            + "counts and blood conditions, such as anemia, low platelets or pancytopenia. You can also type the numbers "
            + "from your blood test, and I will explain what they mean.";

    static final String THANKS = "You're welcome. If you have another question about blood counts or blood "
            + "conditions, just ask.";

    private static final Pattern GREETING_WORDS = Pattern.compile(
            "(?i)^\\W*(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings)(\\s+there)?\\W*$");
    private static final Pattern THANKS_WORDS = Pattern.compile(
            "(?i)^\\W*(thanks?( you)?( so much| a lot)?|thank u|thx|ty|ok(ay)?,? thanks?|great,? thanks?|bye|goodbye)\\W*$");

    private Replies() {
    }

    /** The reply to a message that is not about health: a greeting or thanks gets a friendly one. */
    static String outOfScope(String message) {
        if (GREETING_WORDS.matcher(message).matches()) {
            return GREETING;
        }
        if (THANKS_WORDS.matcher(message).matches()) {
            return THANKS;
        }
        return OUT_OF_SCOPE;
    }
}
