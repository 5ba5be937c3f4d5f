package org.healthlibrary.assistant.cbc;

/** A temperature unit written after a number: Celsius, Fahrenheit, or just "degrees". */
enum TempUnit {
    CELSIUS,
    FAHRENHEIT,
    /** "degrees" with no scale: a number above 50 is Fahrenheit (CLINICAL-REFERENCE s4). */
    DEGREES
}
