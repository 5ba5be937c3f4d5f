package org.healthlibrary.assistant.cbc;

/**
 * Which blood cell lines are low, in the words clinicians use. A pattern names a finding on
 * the numbers, never a cause or a disease. Lines: red (hemoglobin, else hematocrit, else RBC),
 * white (WBC or ANC), platelets. See {@code docs/cbc-rules.md}.
 */
public enum CbcPattern {
    /** No line low (high values are reported separately as flags). */
    NONE,
    /** Only the red line is low. */
    ANEMIA,
    /** Only the white line is low, through the WBC (ANC not low or not given). */
    LEUKOPENIA,
    /** Only the white line is low, and the ANC is low. */
    NEUTROPENIA,
    /** Only the platelets are low. */
    THROMBOCYTOPENIA,
    /** No line low, but the absolute lymphocyte count is low. */
    LYMPHOPENIA,
    /** Two of the three lines are low. */
    BICYTOPENIA,
    /** All three lines are low. */
    PANCYTOPENIA
}
