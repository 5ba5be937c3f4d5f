package org.healthlibrary.assistant.cbc;

/**
 * How soon to act on a report, per CLINICAL-REFERENCE section 3, in increasing order of
 * urgency (so {@code compareTo} orders them).
 */
public enum Urgency {
    /** Everything within range. */
    ROUTINE,
    /** Book a visit to discuss: a value outside its range, or two or more lines low. */
    SOON,
    /** Contact the care team today. */
    URGENT,
    /** Call the care team or go to the emergency room now (neutropenic fever rules). */
    EMERGENCY
}
