package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The exact plain-language summary of typical reports, read through the public interpreter:
 * values grouped low / high / in range with the range used, the pattern in lay words, the
 * grades, one action per urgency, and always the care-team sentence last.
 */
class SummaryWriterTest {

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    private String summary(String text) {
        return interpreter.interpret(text).summary();
    }

    @Test
    void noNumbers() {
        assertThat(summary("hello there")).isEqualTo("We did not find any blood count numbers to look at.");
    }

    @Test
    void oneValueInRange() {
        assertThat(summary("hemoglobin 14")).isEqualTo(
                "In range: hemoglobin 14 g/dL (normal 12 to 17.5). Nothing here needs quick action. "
                + "Only your care team can say what these results mean for you.");
    }

    @Test
    void lowPlateletsWithGrade() {
        assertThat(summary("platelets 40")).isEqualTo(
                "Low: platelet count 40 x10^9/L (normal 150 to 450). Your platelets are low. Platelets "
                + "help your blood clot. This is called thrombocytopenia, and it can make bruising and "
                + "bleeding easier. It has many possible causes. Grades show how far below normal a count "
                + "is, from 1 (a little) to 4 (very far), on the CTCAE v5.0 scale: platelet count grade "
                + "3. Please book a visit with your care team to talk about these results. Only your care "
                + "team can say what these results mean for you.");
    }

    @Test
    void pancytopenia() {
        assertThat(summary("hemoglobin 9.1, wbc 2.0, platelets 90")).isEqualTo(
                "Low: hemoglobin 9.1 g/dL (normal 12 to 17.5), white blood cell count 2 x10^9/L (normal "
                + "4 to 11), platelet count 90 x10^9/L (normal 150 to 450). All three kinds of blood "
                + "cells are low: red cells, white cells and platelets. This is called pancytopenia. It "
                + "has many possible causes. Grades show how far below normal a count is, from 1 (a "
                + "little) to 4 (very far), on the CTCAE v5.0 scale: hemoglobin grade 2, white blood cell "
                + "count grade 2, platelet count grade 1. Please book a visit with your care team to talk "
                + "about these results. Only your care team can say what these results mean for you.");
    }

    @Test
    void neutropeniaWithFeverIsAnEmergency() {
        assertThat(summary("anc 0.3 and temp 38.6 C")).isEqualTo(
                "Low: neutrophil count 0.3 x10^9/L (normal 1.5 to 7.7). Your neutrophils are low. They "
                + "are the white blood cells that fight germs. This is called neutropenia, and it can "
                + "make infections easier to get. It has many possible causes. Grades show how far below "
                + "normal a count is, from 1 (a little) to 4 (very far), on the CTCAE v5.0 scale: "
                + "neutrophil count grade 4. This can be an emergency. Call your care team or go to the "
                + "emergency room now. Only your care team can say what these results mean for you.");
    }

    @Test
    void leukopenia() {
        assertThat(summary("wbc 2.0")).isEqualTo(
                "Low: white blood cell count 2 x10^9/L (normal 4 to 11). Your white blood cells are "
                + "low. This is called leukopenia. It has many possible causes. Grades show how far below "
                + "normal a count is, from 1 (a little) to 4 (very far), on the CTCAE v5.0 scale: white "
                + "blood cell count grade 2. Please book a visit with your care team to talk about these "
                + "results. Only your care team can say what these results mean for you.");
    }

    @Test
    void theLabsOwnRangesAreTheOnesShown() {
        assertThat(summary("hemoglobin 11 g/dL (12-15.5), platelets 180 (150-400)")).isEqualTo(
                "Low: hemoglobin 11 g/dL (normal 12 to 15.5). In range: platelet count 180 x10^9/L "
                + "(normal 150 to 400). Your red blood cell level is low. This is called anemia. It has "
                + "many possible causes. Grades show how far below normal a count is, from 1 (a little) "
                + "to 4 (very far), on the CTCAE v5.0 scale: hemoglobin grade 1. Please book a visit with "
                + "your care team to talk about these results. Only your care team can say what these "
                + "results mean for you.");
    }
}
