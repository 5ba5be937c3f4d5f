package org.healthlibrary.assistant.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A suite as written in YAML and sent to the console API: a name, a description and its cases in order.
 *
 * @param name        unique among suites, 1-100 characters
 * @param description what the suite is for, or null
 * @param cases       the cases, at most {@value SuiteRules#MAX_CASES}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SuiteSpec(String name, String description, List<CaseSpec> cases) {

    public SuiteSpec {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }
}
