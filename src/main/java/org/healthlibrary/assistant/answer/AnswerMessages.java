package org.healthlibrary.assistant.answer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of the answer feature that a patient reads and that is not a library passage:
 * fixed replies, the lab-questions lead, and the joiners that put drafted parts together. A
 * Qute type-safe message bundle (name {@code answer}); the English defaults are here, another
 * language is a {@code messages/answer_<lang>.properties} file. Safety notices and emergency
 * guidance are worded by {@code safety}, lab summaries by {@code cbc}.
 *
 * <p>Obtain it with {@code MessageBundles.get(AnswerMessages.class)} or by injection.
 * Thread-safe (generated, stateless).
 */
@MessageBundle("answer")
public interface AnswerMessages {

    /** A health question the library does not answer. */
    @Message("Our health library does not have information that answers this question. "
            + "Please ask your healthcare provider, who knows your health and can answer it for you. "
            + "You can also ask me about blood counts and blood conditions, such as anemia, low platelets or "
            + "pancytopenia.")
    String notInLibrary();

    /** A message that is not about health. */
    @Message("I can only answer health questions from our hospital's health library, "
            + "such as questions about blood counts, anemia, low platelets or pancytopenia. "
            + "I can't help with that request.")
    String outOfScope();

    /** A greeting. */
    @Message("Hello! I can answer questions from our hospital's health library about blood "
            + "counts and blood conditions, such as anemia, low platelets or pancytopenia. You can also type the "
            + "numbers from your blood test, and I will explain what they mean.")
    String greeting();

    /** Thanks or goodbye. */
    @Message("You're welcome. If you have another question about blood counts or blood conditions, just ask.")
    String thanks();

    /** Leads the questions about lab values when none could be classified yet. */
    @Message("I need a little more information before I can explain these numbers.")
    String labQuestionsLead();

    /** Offers a topic's common questions after its overview. */
    @Message("You can also ask: {questions}")
    String askAlso(String questions);

    /** One topic of a comparison: its title and the lead of its overview. */
    @Message("{title}: {lead}")
    String comparedTopic(String title, String lead);
}
