package org.healthlibrary.assistant.safety;

/**
 * A caution the answer must carry whatever else it says, each with its fixed sentence: a
 * medicine that makes bleeding more likely, a question about skipping or changing treatment,
 * and a worried "is this bad?" about one's own results (found by {@link Cautions}).
 *
 * <p>Why fixed sentences: like the dose decline, these are reviewed once and cannot be changed
 * by a model or a message. Constants only; thread-safe.
 */
public enum Caution {

    /** Aspirin, ibuprofen, naproxen or a blood thinner was named. */
    BLEEDING_RISK("Aspirin, ibuprofen, naproxen and blood thinners make bleeding more likely, especially when "
            + "platelets are low. Do not start, stop or change them without asking your care team or pharmacist first."),

    /** The person asks whether to skip, stop, delay or change a treatment. */
    TREATMENT_CHANGE("Please do not skip, delay or change any treatment on your own. Your care team decides whether "
            + "a treatment should wait, for example because of low counts, so call them before your next dose."),

    /** The person asks whether their results or symptoms are a sign of something bad. */
    WORRY("Numbers alone cannot tell whether something serious is going on. Your care team can, because they know "
            + "your health and history: please ask them. Here is what the numbers themselves show.");

    private final String text;

    Caution(String text) {
        this.text = text;
    }

    /** The fixed sentence for the patient. */
    public String text() {
        return text;
    }
}
