package org.healthlibrary.assistant.cbc;

import java.util.List;

/**
 * Converts values to the units of CLINICAL-REFERENCE section 1 and decides, for a number with
 * no unit, how to read it by its size (section 4). Anything that cannot be read without a
 * guess (a size between the rules, a unit that does not fit, a negative or implausible
 * number) is not converted: the outcome is a question asking for the value with its unit.
 *
 * <p>Converted values are rounded to the precision labs report ({@link Analyte#decimals()});
 * values already in the normalised unit are kept exactly as given. Stateless; thread-safe.
 */
public final class UnitNormalizer {

    /** Hemoglobin: 1 g/dL = 0.6206 mmol/L (CLINICAL-REFERENCE s4). */
    public static final double HGB_MMOL_PER_G_DL = 0.6206;

    /** What became of one value. */
    sealed interface Outcome permits Normalized, Percent, Ask {
    }

    /**
     * The value in the normalised unit. {@code readAs} is the unit a unit-less number was read in
     * by its size, when that changed the number (then {@link #assumption} says so), else null.
     */
    record Normalized(double value, Analyte analyte, double raw, LabUnit readAs) implements Outcome {

        /** How a unit-less number was read, worded by {@code m}, or null when nothing was assumed. */
        String assumption(CbcMessages m) {
            return readAs == null ? null : m.assumedUnit(analyte.label(), DisplayNumbers.format(raw),
                    DisplayNumbers.withUnit(raw, readAs.symbol()), DisplayNumbers.withUnit(value, analyte.unit()));
        }
    }

    /** A differential share in percent (neutrophils or lymphocytes), to be multiplied by the WBC. */
    record Percent(double percent) implements Outcome {
    }

    /** Why a value cannot be used without asking. */
    enum Problem {
        /** Negative, zero where zero is impossible, implausible, or not a number. */
        MISTYPED,
        /** No unit, and its size fits more than one reading (or none). */
        NO_UNIT,
        /** The unit given is not a unit of the analyte. */
        UNIT_DOES_NOT_FIT
    }

    /** The value cannot be used; {@link #question} asks for it again. */
    record Ask(Problem problem, Analyte analyte, double raw, LabUnit given) implements Outcome {

        /** The question to ask, worded by {@code m}. */
        String question(CbcMessages m) {
            String name = analyte.layName();
            String example = example(analyte, m);
            return switch (problem) {
                case NO_UNIT -> m.askUnitAmbiguous(name, DisplayNumbers.format(raw), example);
                case UNIT_DOES_NOT_FIT -> m.askUnitDoesNotFit(name, DisplayNumbers.format(raw), example);
                case MISTYPED -> Double.isFinite(raw)
                        ? m.askMistyped(name, DisplayNumbers.format(raw) + (given == null ? "" : " " + given.symbol()),
                                example)
                        : m.askMistypedNotANumber(name, example);
            };
        }
    }

    private static String example(Analyte analyte, CbcMessages m) {
        return switch (analyte) {
            case HEMOGLOBIN -> m.exampleHemoglobin();
            case HEMATOCRIT -> m.exampleHematocrit();
            case RBC -> m.exampleRbc();
            case WBC -> m.exampleWbc();
            case ANC -> m.exampleAnc();
            case LYMPHOCYTES -> m.exampleLymphocytes();
            case PLATELETS -> m.examplePlatelets();
            case MCV -> m.exampleMcv();
        };
    }

    private UnitNormalizer() {
    }

    /** The units accepted for {@code analyte}, normalised unit first. */
    public static List<LabUnit> acceptedUnits(Analyte analyte) {
        return switch (analyte) {
            case HEMOGLOBIN -> List.of(LabUnit.G_PER_DL, LabUnit.G_PER_L, LabUnit.MMOL_PER_L);
            case HEMATOCRIT -> List.of(LabUnit.PERCENT, LabUnit.L_PER_L);
            case RBC -> List.of(LabUnit.E12_PER_L, LabUnit.PER_UL);
            case WBC, PLATELETS -> List.of(LabUnit.E9_PER_L, LabUnit.PER_UL, LabUnit.G_PER_L);
            case ANC, LYMPHOCYTES -> List.of(LabUnit.E9_PER_L, LabUnit.PER_UL, LabUnit.G_PER_L, LabUnit.PERCENT);
            case MCV -> List.of(LabUnit.FL);
        };
    }

    /** True when {@code unit} can be used for {@code analyte}. */
    public static boolean accepts(Analyte analyte, LabUnit unit) {
        return acceptedUnits(analyte).contains(unit);
    }

    /**
     * Converts without rounding or checks. {@link LabUnit#PERCENT} for ANC or lymphocytes is a
     * differential share, not a unit of the count, and is rejected here.
     *
     * @throws IllegalArgumentException when the unit does not fit the analyte
     */
    public static double toNormalized(Analyte analyte, double value, LabUnit unit) {
        return value / divisor(analyte, unit);
    }

    /** The inverse of {@link #toNormalized}: a normalised value expressed in {@code unit}. */
    public static double fromNormalized(Analyte analyte, double normalized, LabUnit unit) {
        return normalized * divisor(analyte, unit);
    }

    private static double divisor(Analyte analyte, LabUnit unit) {
        if (!accepts(analyte, unit) || unit == LabUnit.PERCENT && analyte != Analyte.HEMATOCRIT) {
            throw new IllegalArgumentException(unit + " is not a unit of " + analyte);
        }
        return switch (unit) {
            case G_PER_L -> analyte == Analyte.HEMOGLOBIN ? 10 : 1;
            case MMOL_PER_L -> HGB_MMOL_PER_G_DL;
            case L_PER_L -> 0.01;
            case PER_UL -> analyte == Analyte.RBC ? 1e6 : 1e3;
            default -> 1;
        };
    }

    static Outcome normalize(Analyte analyte, double raw, LabUnit given) {
        if (!Double.isFinite(raw) || raw < 0 || raw == 0 && !analyte.isPlausible(0)) {
            return new Ask(Problem.MISTYPED, analyte, raw, given);
        }
        LabUnit unit = given;
        if (unit == null) {
            unit = byMagnitude(analyte, raw);
            if (unit == null) {
                return new Ask(Problem.NO_UNIT, analyte, raw, null);
            }
        }
        if (unit == LabUnit.PERCENT && (analyte == Analyte.ANC || analyte == Analyte.LYMPHOCYTES)) {
            return raw <= 100 ? new Percent(raw) : new Ask(Problem.MISTYPED, analyte, raw, given);
        }
        if (!accepts(analyte, unit)) {
            return new Ask(Problem.UNIT_DOES_NOT_FIT, analyte, raw, given);
        }
        double divisor = divisor(analyte, unit);
        double value = divisor == 1 ? raw : round(raw / divisor, analyte.decimals());
        if (!analyte.isPlausible(value)) {
            return new Ask(Problem.MISTYPED, analyte, raw, given);
        }
        return new Normalized(value, analyte, raw, given == null && divisor != 1 ? unit : null);
    }

    /**
     * The lab's range in the normalised unit, or null when it cannot be read without a guess.
     * Bounds use the range's own unit, else the value's unit, else the magnitude rules.
     */
    static double[] normalizeRange(Analyte analyte, LabRange range, LabUnit valueUnit) {
        LabUnit unit = range.unit() != null ? range.unit() : valueUnit;
        Double low = bound(analyte, range.low(), unit, true);
        Double high = bound(analyte, range.high(), unit, false);
        if (low == null || high == null || !(low < high)) {
            return null;
        }
        return new double[] {low, high};
    }

    private static Double bound(Analyte analyte, double raw, LabUnit given, boolean lower) {
        LabUnit unit = given != null ? given : byMagnitude(analyte, raw);
        if (unit == null || !accepts(analyte, unit) || unit == LabUnit.PERCENT && analyte != Analyte.HEMATOCRIT
                || raw < 0) {
            return null;
        }
        double divisor = divisor(analyte, unit);
        double value = divisor == 1 ? raw : round(raw / divisor, analyte.decimals());
        boolean usable = analyte.isPlausible(value) || lower && value == 0;
        return usable ? value : null;
    }

    /** CLINICAL-REFERENCE s4: how a number with no unit reads, or null when it could be read more than one way. */
    static LabUnit byMagnitude(Analyte analyte, double v) {
        return switch (analyte) {
            case HEMOGLOBIN -> v >= 3 && v <= 25 ? LabUnit.G_PER_DL : v >= 30 && v <= 250 ? LabUnit.G_PER_L : null;
            case HEMATOCRIT -> v >= 10 && v <= 80 ? LabUnit.PERCENT : v >= 0.1 && v <= 0.8 ? LabUnit.L_PER_L : null;
            case RBC -> v <= 10 ? LabUnit.E12_PER_L : v >= 100_000 ? LabUnit.PER_UL : null;
            case WBC -> v <= 200 ? LabUnit.E9_PER_L : v >= 500 ? LabUnit.PER_UL : null;
            // An ANC of 20-499 with no unit is most likely a percent of the differential (neutrophils 40-75 %,
            // lymphocytes 20-40 %) or a count per microlitre; 20 x10^9/L or more is too rare to assume.
            case ANC, LYMPHOCYTES -> v < 20 ? LabUnit.E9_PER_L : v >= 500 ? LabUnit.PER_UL : null;
            case PLATELETS -> v <= 2000 ? LabUnit.E9_PER_L : v >= 5000 ? LabUnit.PER_UL : null;
            case MCV -> v >= 40 && v <= 150 ? LabUnit.FL : null;
        };
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
