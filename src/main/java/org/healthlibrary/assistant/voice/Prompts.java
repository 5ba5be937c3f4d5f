package org.healthlibrary.assistant.voice;

/** The skill's fixed wording (everything that is not an answer from the library). */
final class Prompts {

    static final String WELCOME = "Welcome to the health library. You can ask me a health question, like, "
            + "what is pancytopenia. Or tell me a lab result, like, my platelets are eighty five thousand. "
            + "What would you like to know?";

    static final String HELP = "I answer questions from our hospital's health library, about blood counts "
            + "and blood conditions such as anemia, low platelets or pancytopenia. Ask, for example, "
            + "what causes anemia. Or tell me a lab value, like, hemoglobin nine point five. What would you like to know?";

    static final String FALLBACK = "Sorry, I didn't get that. You can ask a health question, like, "
            + "what are the symptoms of low platelets, or say help.";

    static final String ASK_AGAIN = "What is your question? For example, you can ask, is pancytopenia leukemia?";

    static final String LAB_AGAIN = "I didn't catch that lab value. Please say the test and the number, like, "
            + "platelets eighty five thousand, or hemoglobin nine point five grams per deciliter.";

    static final String GOODBYE = "Goodbye, and take care.";

    /** While the library's index is still being built (first start of a large library). */
    static final String NOT_READY = "The health library is still getting ready. Please ask me again in a minute. "
            + "If you think you have an emergency, call 911 or your local emergency number now.";

    private Prompts() {
    }
}
