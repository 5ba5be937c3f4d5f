package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the plain-language summary of a report: short sentences and everyday words (aimed at
 * a 6th-8th grade reading level), the values grouped as low, high, in range or not judged, the
 * pattern named in lay terms with "it has many possible causes", the CTCAE grades explained as
 * "how far below normal", and what to do. It never names a disease, never says "you have", and
 * never guesses a cause; a unit test scans many summaries for such phrases. Stateless;
 * thread-safe.
 */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static String write(List<AnalyteResult> results, CbcPattern pattern, Urgency urgency, boolean hasQuestions) {
        List<String> s = new ArrayList<>();
        if (results.isEmpty()) {
            s.add(hasQuestions ? "We could not use your blood count numbers yet. Please answer the questions below."
                    : "We did not find any blood count numbers to look at.");
            if (urgency == Urgency.EMERGENCY) {
                s.add(action(urgency));
            }
            return String.join(" ", s);
        }
        group(s, results, Status.LOW, "Low: ");
        group(s, results, Status.HIGH, "High: ");
        group(s, results, Status.NORMAL, "In range: ");
        group(s, results, Status.NOT_JUDGED, "Not judged, because we need your lab's normal range: ");
        String patternText = pattern(pattern);
        if (patternText != null) {
            s.add(patternText);
        }
        grades(s, results);
        s.add(action(urgency));
        if (hasQuestions) {
            s.add("Some numbers need more details. Please see the questions.");
        }
        s.add("Only your care team can say what these results mean for you.");
        return String.join(" ", s);
    }

    private static void group(List<String> s, List<AnalyteResult> results, Status status, String lead) {
        StringJoiner j = new StringJoiner(", ", lead, ".");
        j.setEmptyValue("");
        for (AnalyteResult r : results) {
            if (r.status() == status) {
                j.add(r.analyte().layName() + " " + DisplayNumbers.withUnit(r.value(), r.unit())
                        + range(r.referenceRange()));
            }
        }
        if (j.length() > 0) {
            s.add(j.toString());
        }
    }

    private static String range(ReferenceRange r) {
        if (r.low() != null && r.high() != null) {
            return " (normal " + DisplayNumbers.format(r.low()) + " to " + DisplayNumbers.format(r.high()) + ")";
        }
        if (r.low() != null) {
            return " (normal is " + DisplayNumbers.format(r.low()) + " or more)";
        }
        return "";
    }

    private static String pattern(CbcPattern p) {
        return switch (p) {
            case NONE -> null;
            case ANEMIA -> "Your red blood cell level is low. This is called anemia. It has many possible causes.";
            case LEUKOPENIA -> "Your white blood cells are low. This is called leukopenia. It has many possible "
                    + "causes.";
            case NEUTROPENIA -> "Your neutrophils are low. They are the white blood cells that fight germs. This is "
                    + "called neutropenia, and it can make infections easier to get. It has many possible causes.";
            case THROMBOCYTOPENIA -> "Your platelets are low. Platelets help your blood clot. This is called "
                    + "thrombocytopenia, and it can make bruising and bleeding easier. It has many possible causes.";
            case LYMPHOPENIA -> "Your lymphocytes, one kind of white blood cell, are low. This is called "
                    + "lymphopenia. It has many possible causes.";
            case BICYTOPENIA -> "Two kinds of blood cells are low. This is called bicytopenia. It has many possible "
                    + "causes.";
            case PANCYTOPENIA -> "All three kinds of blood cells are low: red cells, white cells and platelets. "
                    + "This is called pancytopenia. It has many possible causes.";
        };
    }

    private static void grades(List<String> s, List<AnalyteResult> results) {
        StringJoiner j = new StringJoiner(", ");
        for (AnalyteResult r : results) {
            if (r.grade() != null) {
                j.add(r.analyte().layName() + " grade " + r.grade());
            }
        }
        if (j.length() > 0) {
            s.add("Grades show how far below normal a count is, from 1 (a little) to 4 (very far), on the "
                    + CtcaeGrader.VERSION + " scale: " + j + ".");
        }
    }

    private static String action(Urgency u) {
        return switch (u) {
            case EMERGENCY -> "This can be an emergency. Call your care team or go to the emergency room now.";
            case URGENT -> "Please contact your care team today.";
            case SOON -> "Please book a visit with your care team to talk about these results.";
            case ROUTINE -> "Nothing here needs quick action.";
        };
    }
}
