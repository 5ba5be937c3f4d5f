package org.healthlibrary.assistant.safety;

/**
 * What is already known about the person from outside the current message, for the
 * neutropenic-fever rule: a fever is an emergency when white cells are known to be low or the
 * person is on chemotherapy. Immutable.
 *
 * <p>Callers set {@code lowWhiteCellsKnown} from the CBC classifier or the conversation: per
 * CLINICAL-REFERENCE.md section 3 at least when ANC &lt; 1.0 x10^9/L, or WBC &lt; 1.0 x10^9/L
 * when ANC is unknown (a caller may be more conservative). {@code onChemotherapy} is set when
 * the person said earlier in the conversation that they are having chemotherapy. The message
 * text can also establish either fact by itself ("I'm on chemo and have a fever").
 *
 * @param lowWhiteCellsKnown white cells or neutrophils are known to be low
 * @param onChemotherapy     the person is having (or recently had) chemotherapy
 */
public record ClinicalContext(boolean lowWhiteCellsKnown, boolean onChemotherapy) {

    private static final ClinicalContext NONE = new ClinicalContext(false, false);

    /** Nothing known beyond the message itself. */
    public static ClinicalContext none() {
        return NONE;
    }

    /** True when a present fever alone is an emergency for this person. */
    public boolean feverIsEmergency() {
        return lowWhiteCellsKnown || onChemotherapy;
    }
}
