package org.healthlibrary.assistant.safety;

/**
 * The clinical facts the neutropenic-fever rule decides from, as the CBC classifier computed
 * them (its {@code ClinicalFacts}) and as the conversation remembers them. Safety holds no
 * threshold and reads no number: whether a temperature is a fever and whether white cells are
 * low is decided in {@code cbc} (CLINICAL-REFERENCE.md section 3: fever at 38.0 C / 100.4 F or
 * more; ANC below 1.0 x10^9/L, or WBC below 1.0 when the ANC is unknown). The message's words
 * can still establish a fever ("burning up") or the context ("I'm on chemo", "neutropenic").
 * Immutable.
 *
 * @param lowWhiteCellsKnown white cells or neutrophils are known to be low (this message's
 *                           values or earlier in the conversation)
 * @param onChemotherapy     the person is having (or recently had) chemotherapy
 * @param measuredFever      this message states a present temperature that is a fever
 */
public record ClinicalContext(boolean lowWhiteCellsKnown, boolean onChemotherapy, boolean measuredFever) {

    private static final ClinicalContext NONE = new ClinicalContext(false, false, false);

    /** Known counts and chemotherapy, with no measured fever. */
    public ClinicalContext(boolean lowWhiteCellsKnown, boolean onChemotherapy) {
        this(lowWhiteCellsKnown, onChemotherapy, false);
    }

    /** Nothing known beyond the message's words. */
    public static ClinicalContext none() {
        return NONE;
    }

    /** True when a present fever alone is an emergency for this person. */
    public boolean feverIsEmergency() {
        return lowWhiteCellsKnown || onChemotherapy;
    }
}
