package org.healthlibrary.assistant.answer;

import java.util.List;

/**
 * How an answer was finally worded, for the trace. Immutable.
 *
 * @param mode        {@code extractive} or {@code model}: what the patient finally read
 * @param fallback    why a configured model's wording was not used ({@code timeout},
 *                    {@code guardrail-numbers}, ...), or {@code null}
 * @param rejections  the guardrails that rejected the model's wording, in order
 * @param streamed    whether the answer was streamed
 */
public record WordingTrace(String mode, String fallback, List<String> rejections, boolean streamed) {

    public WordingTrace {
        rejections = List.copyOf(rejections);
    }

    /** Worded extractively, with no model involved. */
    public static WordingTrace extractive() {
        return new WordingTrace("extractive", null, List.of(), false);
    }

    /** Worded by the model. */
    public static WordingTrace model() {
        return new WordingTrace("model", null, List.of(), false);
    }

    /** The model was tried and the extractive wording used instead, for {@code reason}. */
    public static WordingTrace fallback(String reason, List<String> rejections) {
        return new WordingTrace("extractive", reason, rejections, false);
    }

    /** The same, streamed. */
    public WordingTrace asStreamed() {
        return new WordingTrace(mode, fallback, rejections, true);
    }
}
