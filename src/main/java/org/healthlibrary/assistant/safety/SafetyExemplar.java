package org.healthlibrary.assistant.safety;

import java.util.Objects;

/**
 * One labelled message the meaning-based second opinion ({@link NeighbourVote}) compares new
 * messages with: an emergency with its category and crisis flag, or a message that is not an
 * emergency (a near miss such as reported speech, history, a hypothetical, or a dose or library
 * question). Shipped in {@code safety/exemplars.jsonl}, made from the labelled safety set (our own
 * test messages, never patient messages). Immutable.
 *
 * @param text      the message
 * @param emergency true for an emergency
 * @param category  the emergency's category; {@code null} exactly when {@code emergency} is false
 * @param crisis    self-harm is said or implied (the crisis line belongs in the guidance)
 * @param kind      the row's kind or near-miss pattern ({@code emergency}, {@code reported_speech}, ...)
 * @param source    where the row came from ({@code labelled}, {@code blind-round1}, ...)
 */
public record SafetyExemplar(String text, boolean emergency, RedFlagCategory category, boolean crisis, String kind,
                             String source) {

    public SafetyExemplar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (emergency != (category != null)) {
            throw new IllegalArgumentException("an emergency exemplar has a category, another has none: " + text);
        }
        crisis = crisis || category == RedFlagCategory.SELF_HARM;
    }
}
