package org.healthlibrary.assistant.cbc;

import java.util.List;

/**
 * What was read from a free-text message: the lab values as written (not yet normalised or
 * checked), the patient context, and questions or assumptions raised while reading. Immutable.
 *
 * @param values      analyte values in the order they appear
 * @param context     sex, age, pregnancy, temperature, fever, chemotherapy
 * @param bandPercent band neutrophils in percent, when a differential gave them
 * @param questions   questions for the patient raised while reading (e.g. an unreadable temperature)
 * @param assumptions choices made while reading (e.g. which of two temperatures was used)
 */
public record LabExtraction(List<LabValue> values, LabContext context, Double bandPercent, List<String> questions,
                            List<String> assumptions) {

    public LabExtraction {
        values = List.copyOf(values);
        questions = List.copyOf(questions);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * True when the text carries at least one analyte with a number, including numbers that
     * cannot be used as they are and will be asked about ("platelets 3000"). False for questions
     * without numbers ("what is a low platelet count?").
     */
    public boolean hasLabValues() {
        return !values.isEmpty();
    }

    /** The request to classify what was read. */
    public LabRequest toRequest() {
        return new LabRequest(values, context, bandPercent, questions, assumptions);
    }
}
