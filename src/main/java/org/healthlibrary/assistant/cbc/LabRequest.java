package org.healthlibrary.assistant.cbc;

import java.util.List;
import java.util.Objects;

/**
 * Everything the classifier needs: values as given, the patient context, and any questions or
 * assumptions already raised while reading free text (they are carried into the report).
 * Immutable; lists are copied.
 *
 * @param values      the values, in the order given (for the same analyte, the last one wins)
 * @param context     the patient context, never null
 * @param bandPercent band neutrophils in percent of a differential, or {@code null}
 * @param questions   questions raised before classification
 * @param assumptions assumptions made before classification
 */
public record LabRequest(List<LabValue> values, LabContext context, Double bandPercent, List<String> questions,
                         List<String> assumptions) {

    public LabRequest {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        context = context == null ? LabContext.UNKNOWN : context;
        questions = questions == null ? List.of() : List.copyOf(questions);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }

    /** Structured input: values and context, nothing else. */
    public static LabRequest of(List<LabValue> values, LabContext context) {
        return new LabRequest(values, context, null, List.of(), List.of());
    }

    /** A copy with another context (e.g. fields given next to the text override what the text said). */
    public LabRequest withContext(LabContext newContext) {
        return new LabRequest(values, newContext, bandPercent, questions, assumptions);
    }
}
