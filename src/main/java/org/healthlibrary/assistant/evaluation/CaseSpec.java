package org.healthlibrary.assistant.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a case asks and expects; the shape used by the console API and the YAML files.
 *
 * @param name                unique within its suite; results are matched between runs by it
 * @param turns               the patient's messages in order (one for a single question); the last one is checked
 * @param expectedOutcome     an outcome name ({@code ANSWERED}, {@code NOT_IN_LIBRARY}, ...), or null for any
 * @param acceptableCitations first citations accepted: {@code article-id} or {@code article-id#Section heading}
 *                            (the cited section starts with it, any case); empty for any
 * @param mustContain         phrases the answer must contain (any case)
 * @param mustNotContain      phrases the answer must not contain (any case)
 * @param labPattern          the lab pattern expected ({@code PANCYTOPENIA}, ...), or null
 * @param labUrgency          the lab urgency expected ({@code ROUTINE}, ...), or null
 * @param mustPass            a failure of this case blocks publishing a library
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CaseSpec(String name, List<String> turns, String expectedOutcome, List<String> acceptableCitations,
                       List<String> mustContain, List<String> mustNotContain, String labPattern, String labUrgency,
                       boolean mustPass) {

    public CaseSpec {
        turns = turns == null ? List.of() : List.copyOf(turns);
        acceptableCitations = acceptableCitations == null ? List.of() : List.copyOf(acceptableCitations);
        mustContain = mustContain == null ? List.of() : List.copyOf(mustContain);
        mustNotContain = mustNotContain == null ? List.of() : List.copyOf(mustNotContain);
    }
}
