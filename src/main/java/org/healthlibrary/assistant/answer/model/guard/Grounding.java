package org.healthlibrary.assistant.answer.model.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts a model answer may rest on: the passages it was given (with their headings), the
 * lab report if any, and the reports the CBC tool returned during the call. Guardrails check
 * the answer's numbers and topic against these. Immutable.
 *
 * @param sources the texts, in no particular order
 */
public record Grounding(List<String> sources) {

    public Grounding {
        sources = List.copyOf(sources);
    }

    /** This grounding plus the results of tool calls made while answering. */
    public Grounding withToolResults(List<String> toolResults) {
        if (toolResults.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(sources);
        all.addAll(toolResults);
        return new Grounding(all);
    }

    /** All sources as one text. */
    public String text() {
        return String.join("\n\n", sources);
    }
}
