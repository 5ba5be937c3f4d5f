package org.healthlibrary.assistant.voice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence the voice skill says or shows that is not an answer from the pipeline:
 * prompts, reprompts, the spoken source line and the card text. A Qute type-safe message bundle
 * (name {@code voice}); the English defaults are here, another language is a
 * {@code messages/voice_<lang>.properties} file with the same keys. The disclaimer and the
 * emergency guidance are the {@code safety} bundle's.
 *
 * <p>Obtain it by injection or with {@code MessageBundles.get(VoiceMessages.class)}.
 * Thread-safe (generated, stateless).
 */
@MessageBundle("voice")
public interface VoiceMessages {

    /** The greeting when the skill is opened ({@code LaunchRequest}, {@code AMAZON.NavigateHomeIntent}). */
    @Message("Welcome to the health library. You can ask me a health question, like, what is pancytopenia. "
            + "Or tell me a lab result, like, my platelets are eighty five thousand. What would you like to know?")
    String welcome();

    /** {@code AMAZON.HelpIntent}. */
    @Message("I answer questions from our hospital's health library, about blood counts and blood conditions such "
            + "as anemia, low platelets or pancytopenia. Ask, for example, what causes anemia. Or tell me a lab "
            + "value, like, hemoglobin nine point five. What would you like to know?")
    String help();

    /** An intent the skill does not handle, or {@code AMAZON.FallbackIntent}. */
    @Message("Sorry, I didn't get that. You can ask a health question, like, what are the symptoms of low "
            + "platelets, or say help.")
    String fallback();

    /** A question intent without a question. */
    @Message("What is your question? For example, you can ask, is pancytopenia leukemia?")
    String askAgain();

    /** A lab intent without a readable value. */
    @Message("I didn't catch that lab value. Please say the test and the number, like, platelets eighty five "
            + "thousand, or hemoglobin nine point five grams per deciliter.")
    String labAgain();

    /** Stop and cancel. */
    @Message("Goodbye, and take care.")
    String goodbye();

    /** While the library's index is still being built (first start of a large library). */
    @Message("The health library is still getting ready. Please ask me again in a minute. "
            + "If you think you have an emergency, call 911 or your local emergency number now.")
    String notReady();

    /** Asked when the session stays open and the user says nothing. */
    @Message("What else would you like to know? You can ask another question, or say stop.")
    String reprompt();

    /** Said when emergency guidance arrives without text: never an emergency without an instruction. */
    @Message("This may be an emergency. Call 911 or your local emergency number now.")
    String emergencyFallback();

    /** Names the library article an answer comes from (title without its final punctuation). */
    @Message("This is from our health library article, {title}.")
    String source(String title);

    /** The card's text: the article's link, a blank line, the written disclaimer. */
    @Message("Read the article: {url}\n\n{disclaimer}")
    String card(String url, String disclaimer);
}
