package org.healthlibrary.assistant.safety;

/**
 * The one disclaimer text, spoken or shown with every patient-facing response. Deliberately a
 * constant: no configuration, header or message can remove or weaken it.
 */
public final class DisclaimerPolicy {

    /** The disclaimer shown with every response. */
    public static final String TEXT = "This information is general health education from our health library, "
            + "not medical advice, and it cannot diagnose you. Talk with your healthcare provider about "
            + "your own health, symptoms and test results. If you think you are having an emergency, "
            + "call 911 or your local emergency number now.";

    /** A shorter form for speech, with the same meaning. */
    public static final String SPOKEN = "This is general information, not medical advice. "
            + "Please talk with your healthcare provider about your own health. "
            + "In an emergency, call 911.";

    private DisclaimerPolicy() {
    }
}
