package org.healthlibrary.assistant.cbc;

import java.util.List;
import java.util.Set;

/**
 * What was read from a free-text message: the lab values as written (not yet normalised or
 * checked), the patient context, and questions or assumptions raised while reading. Immutable.
 *
 * @param values      analyte values in the order they appear
 * @param context     sex, age, pregnancy, temperature, fever, chemotherapy
 * @param bandPercent band neutrophils in percent, when a differential gave them
 * @param questions   questions for the patient raised while reading (e.g. an unreadable temperature)
 * @param assumptions choices made while reading (e.g. which of two temperatures was used)
 * @param unread      analytes named with a number that could not be used as written (two candidates,
 *                    a malformed number, an impossible unit): asked about, never guessed
 * @param unnamed     numbers were given with no name the reader knows ("the number came back 7.8",
 *                    "my MC is 31"), or only with the name of a test that is no blood count line
 *                    ("my blood oxygen is 94", "my iron is 8"): asked about, never guessed
 */
public record LabExtraction(List<LabValue> values, LabContext context, Double bandPercent, List<String> questions,
                            List<String> assumptions, Set<Analyte> unread, boolean unnamed) {

    public LabExtraction {
        values = List.copyOf(values);
        questions = List.copyOf(questions);
        assumptions = List.copyOf(assumptions);
        unread = Set.copyOf(unread);
    }

    /** An extraction in which every named number was read. */
    public LabExtraction(List<LabValue> values, LabContext context, Double bandPercent, List<String> questions,
                         List<String> assumptions) {
        this(values, context, bandPercent, questions, assumptions, Set.of(), false);
    }

    /** An extraction with no numbers given without a name. */
    public LabExtraction(List<LabValue> values, LabContext context, Double bandPercent, List<String> questions,
                         List<String> assumptions, Set<Analyte> unread) {
        this(values, context, bandPercent, questions, assumptions, unread, false);
    }

    /**
     * True when the text carries at least one analyte with a number, including numbers that
     * cannot be used as they are and will be asked about ("platelets 3000", "hemoglobin 9.1.2"),
     * or lab numbers without a name that will be asked about ("my MC is 31"). False for questions
     * without numbers ("what is a low platelet count?").
     */
    public boolean hasLabValues() {
        return !values.isEmpty() || !unread.isEmpty() || unnamed;
    }

    /** The request to classify what was read. */
    public LabRequest toRequest() {
        return new LabRequest(values, context, bandPercent, questions, assumptions);
    }
}
