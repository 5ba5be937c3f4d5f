package org.healthlibrary.assistant.cbc;

import java.util.StringJoiner;

/** Compact, exact text forms of reports for table-driven assertions. */
final class Briefs {

    private Briefs() {
    }

    /** {@code "HEMOGLOBIN 9.1 g/dL, PLATELETS 90 x10^9/L"}: the normalised values, in report order. */
    static String values(CbcReport r) {
        StringJoiner j = new StringJoiner(", ");
        r.analytes().forEach(a -> j.add(a.analyte() + " " + DisplayNumbers.format(a.value()) + " " + a.unit()));
        return j.toString();
    }

    /** {@code "HEMOGLOBIN LOW 2, PLATELETS NORMAL -"}: statuses and grades. */
    static String statuses(CbcReport r) {
        StringJoiner j = new StringJoiner(", ");
        r.analytes().forEach(a -> j.add(a.analyte() + " " + a.status() + " " + (a.grade() == null ? "-" : a.grade())));
        return j.toString();
    }

    /** {@code "PLATELETS 90 (150-400)"}: raw extracted values with unit and lab range, if any. */
    static String extracted(LabExtraction x) {
        StringJoiner j = new StringJoiner(", ");
        for (LabValue v : x.values()) {
            String s = v.analyte() + " " + DisplayNumbers.format(v.value()) + (v.unit() == null ? "" : " " + v.unit());
            if (v.labRange() != null) {
                s += " (" + DisplayNumbers.format(v.labRange().low()) + "-" + DisplayNumbers.format(v.labRange().high())
                        + (v.labRange().unit() == null ? "" : " " + v.labRange().unit()) + ")";
            }
            j.add(s);
        }
        return j.toString();
    }
}
