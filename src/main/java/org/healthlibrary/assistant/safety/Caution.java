package org.healthlibrary.assistant.safety;

/**
 * A caution the answer must carry whatever else it says, each with its fixed sentence: the
 * crisis line whenever suicide or self-harm is spoken of without an emergency, the Poison Help
 * line whenever an overdose or poisoning is, a medicine that makes bleeding more likely, a
 * question about skipping or changing treatment, and a worried "is this bad?" about one's own
 * results (found by {@link Cautions}).
 *
 * <p>Why fixed sentences: like the dose decline, these are reviewed once and cannot be changed
 * by a model or a message; they live in {@link SafetyMessages} ({@link #text}). Constants only;
 * thread-safe.
 */
public enum Caution {

    /**
     * Suicide or self-harm is spoken of (a question, a memory, a story, "I'm not suicidal, but")
     * and the screen found no emergency: the 988 Lifeline is given anyway, to whoever reads it.
     */
    CRISIS_LINE,

    /**
     * An overdose, a poisoning or Poison Help is spoken of and the screen found no emergency
     * ("how much tylenol is an overdose?", "what's the number for poison control?").
     */
    POISON_HELP,

    /** Aspirin, ibuprofen, naproxen or a blood thinner was named. */
    BLEEDING_RISK,

    /** The person asks whether to skip, stop, delay or change a treatment. */
    TREATMENT_CHANGE,

    /** The person asks whether their results or symptoms are a sign of something bad. */
    WORRY;

    /** The fixed sentence for the patient, worded by {@code messages}. */
    public String text(SafetyMessages messages) {
        return switch (this) {
            case CRISIS_LINE -> messages.cautionCrisisLine();
            case POISON_HELP -> messages.cautionPoisonHelp();
            case BLEEDING_RISK -> messages.cautionBleedingRisk();
            case TREATMENT_CHANGE -> messages.cautionTreatmentChange();
            case WORRY -> messages.cautionWorry();
        };
    }
}
