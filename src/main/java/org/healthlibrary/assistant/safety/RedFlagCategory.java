package org.healthlibrary.assistant.safety;

/**
 * The kinds of emergency the {@link RedFlagScreen} recognises, after CLINICAL-REFERENCE.md
 * section 5. Each has fixed wording in {@link EmergencyGuidance}.
 *
 * <p>{@link #SEIZURE} and {@link #UNRESPONSIVE} are not named in section 5 on their own; they
 * are added deliberately: "hard-to-wake" is in section 5 (with fainting and confusion) and
 * deserves its own category so that "my husband won't wake up" is not reported as fainting,
 * and a seizure is a loss of consciousness that needs 911 in exactly the same way.
 */
public enum RedFlagCategory {
    /** Chest pain, pressure or tightness; "heart attack". */
    CHEST_PAIN,
    /** Trouble breathing, can't catch one's breath, blue lips, throat closing. */
    BREATHING,
    /** Fainting, passing out, collapsing, feeling about to faint. */
    FAINTING,
    /** New or sudden confusion, disorientation, not making sense. */
    CONFUSION,
    /** Hard to wake, unconscious, not responding (section 5 "hard-to-wake"). */
    UNRESPONSIVE,
    /** A seizure or convulsions happening now or just now. */
    SEIZURE,
    /** Stroke signs: face drooping, one-sided arm or leg weakness, slurred speech, "a stroke". */
    STROKE,
    /** Bleeding that will not stop, heavy bleeding, coughing up blood. */
    UNCONTROLLED_BLEEDING,
    /** Vomiting blood or coffee-ground material. */
    VOMITING_BLOOD,
    /** Black, tarry or bloody stools; rectal bleeding. */
    BLOODY_OR_BLACK_STOOL,
    /** A head injury, or a sudden or severe headache (especially after a fall). */
    HEAD_INJURY_HEADACHE,
    /** Fever with known low white cells or during chemotherapy. */
    NEUTROPENIC_FEVER,
    /**
     * Swallowing too much of a medicine, or something poisonous (a child and pills, bleach,
     * antifreeze, a week of a weekly medicine taken daily): Poison Help, and 911 when the person
     * is unresponsive, has trouble breathing or seizes. The crisis line is added only when
     * self-harm is said or implied ({@link RedFlagResult#crisis()}).
     */
    POISONING,
    /** Thoughts of suicide or self-harm. */
    SELF_HARM
}
