package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties of the classifier: lowering a count never lowers its grade or the urgency; unit
 * conversions round-trip; the same input always gives the same report.
 */
class CbcProperties {

    /** Normalised unit of each analyte as a {@link LabUnit}. */
    private static final Map<Analyte, LabUnit> NORMALISED = new EnumMap<>(Map.of(
            Analyte.HEMOGLOBIN, LabUnit.G_PER_DL, Analyte.HEMATOCRIT, LabUnit.PERCENT, Analyte.RBC, LabUnit.E12_PER_L,
            Analyte.WBC, LabUnit.E9_PER_L, Analyte.ANC, LabUnit.E9_PER_L, Analyte.LYMPHOCYTES, LabUnit.E9_PER_L,
            Analyte.PLATELETS, LabUnit.E9_PER_L, Analyte.MCV, LabUnit.FL));

    /**
     * Values from just above the plausibility floor up to the lowest upper limit any default
     * range or urgency rule uses, so the starting value is never "high": lowering a high value
     * towards normal legitimately lowers the urgency.
     */
    private static final Map<Analyte, double[]> NOT_HIGH = new EnumMap<>(Map.of(
            Analyte.HEMOGLOBIN, new double[] {0.1, 15.5}, Analyte.HEMATOCRIT, new double[] {0.5, 47},
            Analyte.RBC, new double[] {0.05, 5.2}, Analyte.WBC, new double[] {0, 11}, Analyte.ANC, new double[] {0, 7.7},
            Analyte.LYMPHOCYTES, new double[] {0, 4.8}, Analyte.PLATELETS, new double[] {0.5, 450},
            Analyte.MCV, new double[] {40.5, 100}));

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);

    @Property(tries = 1500)
    void loweringACountNeverLowersItsGradeOrTheUrgency(@ForAll("contexts") LabContext context,
                                                       @ForAll("otherValues") List<LabValue> others,
                                                       @ForAll("analytes") Analyte analyte,
                                                       @ForAll @DoubleRange(min = 0, max = 1) double start,
                                                       @ForAll @DoubleRange(min = 0, max = 1) double drop) {
        double[] span = NOT_HIGH.get(analyte);
        double value = span[0] + start * (span[1] - span[0]);
        double lowered = value - drop * (value - span[0]);
        // A part of the white count above the white count is a contradiction the reader asks
        // about instead of grading (CbcClassifier): no grade to compare.
        Assume.that(!partAboveWhole(request(others, analyte, lowered, context)));
        CbcReport before = interpreter.interpret(request(others, analyte, value, context));
        CbcReport after = interpreter.interpret(request(others, analyte, lowered, context));
        assertThat(grade(after, analyte)).as("grade of %s %s -> %s", analyte, value, lowered)
                .isGreaterThanOrEqualTo(grade(before, analyte));
        assertThat(after.urgency()).as("urgency %s %s -> %s", analyte, value, lowered)
                .isGreaterThanOrEqualTo(before.urgency());
    }

    @Property(tries = 1000)
    void unitConversionsRoundTrip(@ForAll("analytes") Analyte analyte, @ForAll @IntRange(min = 0, max = 3) int unitPick,
                                  @ForAll @DoubleRange(min = 0.001, max = 5000) @Scale(6) double normalised) {
        List<LabUnit> units = new ArrayList<>(UnitNormalizer.acceptedUnits(analyte));
        if (analyte != Analyte.HEMATOCRIT) {
            units.remove(LabUnit.PERCENT);
        }
        LabUnit unit = units.get(unitPick % units.size());
        double inUnit = UnitNormalizer.fromNormalized(analyte, normalised, unit);
        assertThat(UnitNormalizer.toNormalized(analyte, inUnit, unit)).isCloseTo(normalised,
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        double back = UnitNormalizer.fromNormalized(analyte, UnitNormalizer.toNormalized(analyte, inUnit, unit), unit);
        assertThat(back).isCloseTo(inUnit, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Property(tries = 300)
    void plateletsPerMicrolitreAndPerNanolitreGiveTheSameReport(@ForAll @IntRange(min = 1, max = 2000) int plt) {
        CbcReport perNanolitre = interpreter.interpret("platelets " + plt + " x10^9/L");
        CbcReport perMicrolitre = interpreter.interpret("platelets " + plt * 1000 + "/uL");
        CbcReport thousands = interpreter.interpret("platelets " + plt + "k");
        assertThat(perMicrolitre).isEqualTo(perNanolitre);
        assertThat(thousands).isEqualTo(perNanolitre);
    }

    @Property(tries = 500)
    void theSameStructuredInputAlwaysGivesTheSameReport(@ForAll("contexts") LabContext context,
                                                        @ForAll("otherValues") List<LabValue> values) {
        LabRequest request = LabRequest.of(values, context);
        CbcReport first = interpreter.interpret(request);
        assertThat(new CbcInterpreter(CbcEnglish.MESSAGES).interpret(LabRequest.of(List.copyOf(values), context))).isEqualTo(first);
        assertThat(interpreter.interpret(request)).isEqualTo(first);
    }

    @Property(tries = 500)
    void theSameTextAlwaysGivesTheSameReport(@ForAll("labTexts") String text) {
        CbcReport first = interpreter.interpret(text);
        assertThat(new CbcInterpreter(CbcEnglish.MESSAGES).interpret(text)).isEqualTo(first);
        assertThat(interpreter.interpret(new String(text.toCharArray()))).isEqualTo(first);
        assertThat(interpreter.extract(text)).isEqualTo(interpreter.extract(text));
    }

    private static LabRequest request(List<LabValue> others, Analyte analyte, double value, LabContext context) {
        List<LabValue> values = new ArrayList<>();
        for (LabValue v : others) {
            if (v.analyte() != analyte) {
                values.add(v);
            }
        }
        values.add(LabValue.of(analyte, value, NORMALISED.get(analyte)));
        return LabRequest.of(values, context);
    }

    /** True when a neutrophil or lymphocyte count is above the white count it is part of (by more than rounding). */
    private static boolean partAboveWhole(LabRequest request) {
        java.util.Map<Analyte, Double> byAnalyte = new java.util.EnumMap<>(Analyte.class);
        request.values().forEach(v -> byAnalyte.put(v.analyte(), v.value()));
        Double wbc = byAnalyte.get(Analyte.WBC);
        return wbc != null && java.util.stream.Stream.of(Analyte.ANC, Analyte.LYMPHOCYTES)
                .map(byAnalyte::get).anyMatch(part -> part != null && part > wbc * 1.02);
    }

    private static int grade(CbcReport r, Analyte analyte) {
        return r.analytes().stream().filter(a -> a.analyte() == analyte).findFirst()
                .map(a -> a.grade() == null ? 0 : a.grade()).orElse(0);
    }

    @Provide
    Arbitrary<Analyte> analytes() {
        return Arbitraries.of(Analyte.class);
    }

    @Provide
    Arbitrary<LabContext> contexts() {
        Arbitrary<Sex> sex = Arbitraries.of(Sex.class);
        Arbitrary<Double> age = Arbitraries.doubles().between(0, 100).ofScale(1).injectNull(0.3);
        Arbitrary<Boolean> pregnant = Arbitraries.of(true, false, false, false);
        Arbitrary<Integer> trimester = Arbitraries.integers().between(1, 3).injectNull(0.4);
        Arbitrary<Double> temp = Arbitraries.doubles().between(35, 41).ofScale(1).injectNull(0.4);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(sex, age, pregnant, trimester, temp, flag, flag, flag)
                .as((s, a, p, t, c, fever, chemo, child) -> new LabContext(s, a, p, p ? t : null, c, fever, chemo,
                        child));
    }

    @Provide
    Arbitrary<List<LabValue>> otherValues() {
        Arbitrary<LabValue> value = Arbitraries.of(Analyte.class).flatMap(a -> {
            double[] span = NOT_HIGH.get(a);
            return Arbitraries.bigDecimals().between(BigDecimal.valueOf(span[0]),
                            BigDecimal.valueOf(span[1]).multiply(BigDecimal.valueOf(3))).ofScale(2)
                    .map(v -> LabValue.of(a, v.doubleValue(), NORMALISED.get(a)));
        });
        return value.list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> labTexts() {
        return ExtractorFuzzProperties.tokenSoup(12);
    }
}
