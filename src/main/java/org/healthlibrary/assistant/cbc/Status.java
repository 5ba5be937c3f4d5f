package org.healthlibrary.assistant.cbc;

/**
 * Where a value lies against the range used. Bounds are inclusive: a value equal to the lower
 * or upper limit is {@link #NORMAL}.
 */
public enum Status {
    /** Below the lower limit of the range used. */
    LOW,
    /** Within the range used, limits included. */
    NORMAL,
    /** Above the upper limit of the range used. */
    HIGH,
    /**
     * No range could be chosen without guessing (for example a child's platelet count with no
     * lab range): the report asks for the lab's range instead of judging the value.
     */
    NOT_JUDGED
}
