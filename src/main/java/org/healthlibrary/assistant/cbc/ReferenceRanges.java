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
     * @param m        the words of the range names and assumptions
     */
    public static Selection select(Analyte a, LabContext ctx, double[] labRange, CbcMessages m) {
        if (labRange != null) {
            return new Selection(new ReferenceRange(labRange[0], labRange[1], a.unit(), m.rangeLab()), List.of(),
                    false);
        }
        Double age = ctx.ageYears();
        boolean childNoAge = age == null && ctx.childMentioned();
        if (a == Analyte.HEMOGLOBIN) {
            if (ctx.pregnant()) {
                return pregnancyHemoglobin(ctx.trimester(), m);
            }
            if (childNoAge) {
                return none(a, m.rangeChildNoAge());
            }
            if (age != null && age < 18) {
                return childHemoglobin(age, ctx.sex(), m);
            }
        } else if (ctx.pregnant()) {
            return none(a, m.rangeNoneInPregnancy());
        } else if (childNoAge || age != null && age < 18) {
            return none(a, m.rangeNoneForChildren());
        }
        return adultRange(a, ctx.sex(), age == null ? m.assumedAgeNotGiven() : null, m);
    }

    private static Selection adultRange(Analyte a, Sex sex, String ageAssumption, CbcMessages m) {
        Adult r = adult(a);
        boolean sexSpecific = r.menLow() != r.womenLow();
        if (!sexSpecific) {
            return new Selection(new ReferenceRange(r.menLow(), r.menHigh(), a.unit(),
                    m.rangeAdult()), ageAssumption, false);
        }
        return switch (sex) {
            case MALE -> new Selection(new ReferenceRange(r.menLow(), r.menHigh(), a.unit(),
                    m.rangeAdultMen()), ageAssumption, false);
            case FEMALE -> new Selection(new ReferenceRange(r.womenLow(), r.womenHigh(), a.unit(),
                    m.rangeAdultWomen()), ageAssumption, false);
            case UNKNOWN -> new Selection(new ReferenceRange(r.womenLow(), r.menHigh(), a.unit(),
                    m.rangeAdultSexNotGiven()), both(m.assumedSexNotGiven(), ageAssumption), false);
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

    private static Selection pregnancyHemoglobin(Integer trimester, CbcMessages m) {
        if (trimester == null) {
            return new Selection(new ReferenceRange(11.0, null, "g/dL", m.rangePregnancy()),
                    m.assumedTrimesterNotGiven(), false);
        }
        String name = trimester == 1 ? m.rangePregnancy1st() : trimester == 2 ? m.rangePregnancy2nd()
                : m.rangePregnancy3rd();
        return new Selection(new ReferenceRange(trimester == 2 ? 10.5 : 11.0, null, "g/dL", name), List.of(), false);
    }

    private static Selection childHemoglobin(double age, Sex sex, CbcMessages m) {
        if (age < 0.5) {
            return none(Analyte.HEMOGLOBIN, m.rangeUnderSixMonths());
        }
        if (age < 15) {
            double low = age < 2 ? 10.5 : age < 5 ? 11.0 : age < 12 ? 11.5 : 12.0;
            String band = age < 2 ? m.rangeChild6To23Months() : age < 5 ? m.rangeChild24To59Months()
                    : age < 12 ? m.rangeChild5To11Years() : m.rangeChild12To14Years();
            return new Selection(new ReferenceRange(low, null, "g/dL", band), List.of(), false);
        }
        if (sex == Sex.MALE) {
            return new Selection(new ReferenceRange(13.0, null, "g/dL", m.rangeMen15()), List.of(), false);
        }
        return new Selection(new ReferenceRange(12.0, null, "g/dL", m.rangeWomen15()),
                sex == Sex.UNKNOWN ? List.of(m.assumedTeenSexNotGiven()) : List.of(), false);
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
