package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the range a value is judged against, in this order (CLINICAL-REFERENCE s1):
 * the lab's own range; in pregnancy, the WHO hemoglobin cut-off for the trimester; for
 * children, the WHO hemoglobin cut-off for the age; for adults (18 and over, or age not given),
 * the default table by sex. When none applies (a child's or a pregnant patient's other counts,
 * an infant under 6 months) no range is invented: the selection says a lab range is needed.
 *
 * <p>Sex not given: the women's lower limit and the men's upper limit, so a value is only
 * called low or high when it would be for either sex. WHO cut-offs have no upper limit. See
 * {@code docs/cbc-rules.md}. Stateless; thread-safe.
 */
public final class ReferenceRanges {

    /**
     * The chosen range.
     *
     * @param range         the range, with both limits null when none could be chosen
     * @param assumptions   choices made for lack of information (sex or age not given)
     * @param needsLabRange true when the value cannot be judged without the lab's range
     */
    public record Selection(ReferenceRange range, List<String> assumptions, boolean needsLabRange) {

        public Selection {
            assumptions = List.copyOf(assumptions);
        }

        Selection(ReferenceRange range, String assumption, boolean needsLabRange) {
            this(range, assumption == null ? List.of() : List.of(assumption), needsLabRange);
        }
    }

    static final String SEX_NOT_GIVEN = "Sex not given: used the women's lower limit for 'low' and the men's upper "
            + "limit for 'high'.";
    static final String AGE_NOT_GIVEN = "Age not given: used adult ranges.";
    static final String TRIMESTER_NOT_GIVEN = "Trimester not given: used the WHO hemoglobin cut-off for the 1st and "
            + "3rd trimesters (11.0 g/dL), the stricter one.";
    static final String TEEN_SEX_NOT_GIVEN = "Sex not given: used the WHO hemoglobin cut-off for girls and women "
            + "(12.0 g/dL).";

    private record Adult(double menLow, double menHigh, double womenLow, double womenHigh) {
    }

    private ReferenceRanges() {
    }

    private static Adult adult(Analyte a) {
        return switch (a) {
            case HEMOGLOBIN -> new Adult(13.5, 17.5, 12.0, 15.5);
            case HEMATOCRIT -> new Adult(41, 51, 36, 47);
            case RBC -> new Adult(4.5, 5.9, 4.0, 5.2);
            case WBC -> new Adult(4.0, 11.0, 4.0, 11.0);
            case ANC -> new Adult(1.5, 7.7, 1.5, 7.7);
            case LYMPHOCYTES -> new Adult(1.0, 4.8, 1.0, 4.8);
            case PLATELETS -> new Adult(150, 450, 150, 450);
            case MCV -> new Adult(80, 100, 80, 100);
        };
    }

    /**
     * Selects the range for one analyte.
     *
     * @param labRange the lab's own range in the normalised unit, or null
     */
    public static Selection select(Analyte a, LabContext ctx, double[] labRange) {
        if (labRange != null) {
            return new Selection(new ReferenceRange(labRange[0], labRange[1], a.unit(), "Your lab's range"), List.of(),
                    false);
        }
        Double age = ctx.ageYears();
        boolean childNoAge = age == null && ctx.childMentioned();
        if (a == Analyte.HEMOGLOBIN) {
            if (ctx.pregnant()) {
                return pregnancyHemoglobin(ctx.trimester());
            }
            if (childNoAge) {
                return none(a, "Hemoglobin cut-offs for children depend on age, which was not given");
            }
            if (age != null && age < 18) {
                return childHemoglobin(age, ctx.sex());
            }
        } else if (ctx.pregnant()) {
            return none(a, "No default range in pregnancy: your lab's range is needed");
        } else if (childNoAge || age != null && age < 18) {
            return none(a, "No default range for children under 18: your lab's range is needed");
        }
        return adultRange(a, ctx.sex(), age == null ? AGE_NOT_GIVEN : null);
    }

    private static Selection adultRange(Analyte a, Sex sex, String ageAssumption) {
        Adult r = adult(a);
        boolean sexSpecific = r.menLow() != r.womenLow();
        if (!sexSpecific) {
            return new Selection(new ReferenceRange(r.menLow(), r.menHigh(), a.unit(),
                    "Adult range (CLINICAL-REFERENCE s1)"), ageAssumption, false);
        }
        return switch (sex) {
            case MALE -> new Selection(new ReferenceRange(r.menLow(), r.menHigh(), a.unit(),
                    "Adult range for men (CLINICAL-REFERENCE s1)"), ageAssumption, false);
            case FEMALE -> new Selection(new ReferenceRange(r.womenLow(), r.womenHigh(), a.unit(),
                    "Adult range for women (CLINICAL-REFERENCE s1)"), ageAssumption, false);
            case UNKNOWN -> new Selection(new ReferenceRange(r.womenLow(), r.menHigh(), a.unit(),
                    "Adult range, sex not given: women's lower limit, men's upper limit (CLINICAL-REFERENCE s1)"),
                    both(SEX_NOT_GIVEN, ageAssumption), false);
        };
    }

    private static List<String> both(String first, String second) {
        List<String> list = new ArrayList<>(2);
        list.add(first);
        if (second != null) {
            list.add(second);
        }
        return list;
    }

    private static Selection pregnancyHemoglobin(Integer trimester) {
        if (trimester == null) {
            return new Selection(new ReferenceRange(11.0, null, "g/dL",
                    "WHO anemia cut-off in pregnancy, 1st and 3rd trimesters (lower limit only)"),
                    TRIMESTER_NOT_GIVEN, false);
        }
        String name = trimester == 1 ? "1st" : trimester == 2 ? "2nd" : "3rd";
        return new Selection(new ReferenceRange(trimester == 2 ? 10.5 : 11.0, null, "g/dL",
                "WHO anemia cut-off in pregnancy, " + name + " trimester (lower limit only)"), List.of(), false);
    }

    private static Selection childHemoglobin(double age, Sex sex) {
        if (age < 0.5) {
            return none(Analyte.HEMOGLOBIN, "WHO gives no hemoglobin cut-off under 6 months: your lab's range is needed");
        }
        if (age < 15) {
            double low = age < 2 ? 10.5 : age < 5 ? 11.0 : age < 12 ? 11.5 : 12.0;
            String band = age < 2 ? "6-23 months" : age < 5 ? "24-59 months" : age < 12 ? "5-11 years" : "12-14 years";
            return new Selection(new ReferenceRange(low, null, "g/dL",
                    "WHO anemia cut-off for children " + band + " (lower limit only)"), List.of(), false);
        }
        if (sex == Sex.MALE) {
            return new Selection(new ReferenceRange(13.0, null, "g/dL",
                    "WHO anemia cut-off for men 15 and older (lower limit only)"), List.of(), false);
        }
        return new Selection(new ReferenceRange(12.0, null, "g/dL",
                "WHO anemia cut-off for non-pregnant women 15 and older (lower limit only)"),
                sex == Sex.UNKNOWN ? List.of(TEEN_SEX_NOT_GIVEN) : List.of(), false);
    }

    private static Selection none(Analyte a, String why) {
        return new Selection(new ReferenceRange(null, null, a.unit(), why), List.of(), true);
    }

    /**
     * True when a lab's range looks like a range for this analyte: its middle lies within four
     * times the adult limits either way (wide enough for newborns, narrow enough to catch a
     * range in the wrong unit, such as platelets "(1.5-4.0)").
     */
    static boolean isSane(Analyte a, double[] range) {
        Adult r = adult(a);
        double mid = (range[0] + range[1]) / 2;
        double low = Math.min(r.menLow(), r.womenLow());
        double high = Math.max(r.menHigh(), r.womenHigh());
        return mid >= low / 4 && mid <= high * 4;
    }
}
