package org.healthlibrary.assistant.answer;

/**
 * A draft's final text and how it came about. Immutable.
 *
 * @param text  the answer text the patient reads
 * @param trace how it was worded
 */
public record Worded(String text, WordingTrace trace) {
}
