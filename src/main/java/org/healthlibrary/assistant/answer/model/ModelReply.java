package org.healthlibrary.assistant.answer.model;

import java.util.List;

/**
 * The model's answer text and the results of the tool calls it made on the way (the CBC
 * reports as JSON), which ground numbers in the answer. Immutable.
 *
 * @param text        the answer, stripped, never blank
 * @param toolResults what each tool call returned, in order
 */
public record ModelReply(String text, List<String> toolResults) {

    public ModelReply {
        toolResults = List.copyOf(toolResults);
    }
}
