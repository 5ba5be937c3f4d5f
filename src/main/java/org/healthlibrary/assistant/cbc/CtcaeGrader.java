package org.healthlibrary.assistant.cbc;

/**
 * CTCAE v5.0 (NCI, 2017) grade of a low count, CLINICAL-REFERENCE section 2. Each grade's
 * lower bound is inclusive, as the table's wording "&lt; 75 to 50" means: platelets 75 are
 * grade 1, 74.9 grade 2, 50 grade 2, 49.9 grade 3. Anemia grade 4 is defined as
 * life-threatening with no number, so hemoglobin is never graded 4 by number. Hematocrit, RBC
 * and MCV have no CTCAE term and get no grade. The grade says how far below normal a count
 * is; it is not a diagnosis. Stateless; thread-safe.
 */
public final class CtcaeGrader {

    /** The version named in every report. */
    public static final String VERSION = "CTCAE v5.0";

    private CtcaeGrader() {
    }

    /**
     * The grade of a value already known to be below the lower limit of the range in use.
     *
     * @return 1-4, or null when the analyte has no CTCAE term
     */
    public static Integer gradeOfLow(Analyte analyte, double value) {
        return switch (analyte) {
            case HEMOGLOBIN -> value >= 10.0 ? 1 : value >= 8.0 ? 2 : 3;
            case WBC -> grade(value, 3.0, 2.0, 1.0);
            case ANC -> grade(value, 1.5, 1.0, 0.5);
            case LYMPHOCYTES -> grade(value, 0.8, 0.5, 0.2);
            case PLATELETS -> grade(value, 75, 50, 25);
            case HEMATOCRIT, RBC, MCV -> null;
        };
    }

    private static int grade(double value, double floor1, double floor2, double floor3) {
        return value >= floor1 ? 1 : value >= floor2 ? 2 : value >= floor3 ? 3 : 4;
    }
}
