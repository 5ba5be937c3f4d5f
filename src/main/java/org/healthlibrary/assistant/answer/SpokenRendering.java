package org.healthlibrary.assistant.answer;

/**
 * Renders an answer as the voice channel would speak it, so the staff console can show the voice
 * rendering without depending on the voice channel: the voice package provides the bean, the
 * console looks it up. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SpokenRendering {

    /** What a voice assistant would say for the answer of {@code trace} (SSML). */
    String spoken(AnswerTrace trace);
}
