package org.healthlibrary.assistant.answer;

/** The fixed wording of answers that do not come from a passage. */
final class Replies {

    static final String NOT_IN_LIBRARY = "Our health library does not have information that answers this question. "
            + "Please ask your healthcare provider, who knows your health and can answer it for you. "
            + "You can also ask me about blood counts and blood conditions, such as anemia, low platelets or pancytopenia.";

    static final String OUT_OF_SCOPE = "I can only answer health questions from our hospital's health library, "
            + "such as questions about blood counts, anemia, low platelets or pancytopenia. "
            + "I can't help with that request.";

    static final String LAB_QUESTIONS_LEAD = "I need a little more information before I can explain these numbers.";

    static final String LAB_URGENT_LEAD = "Some of these numbers need attention soon.";

    private Replies() {
    }
}
