package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns a {@link LabRequest} into a {@link CbcReport}: asks which value is current when one analyte
 * is given twice with different values (never guesses),
 * normalises units (asking instead of guessing), works out the ANC or lymphocyte count from a
 * differential, chooses each range, sets status and CTCAE grade, names the pattern, applies
 * the urgency rules and writes the summary. Deterministic: equal requests give equal reports.
 * Every sentence of the report is worded by the {@link CbcMessages} it was built with.
 * Immutable and thread-safe.
 */
public final class CbcClassifier {

    private final CbcMessages m;

    /** A classifier whose report is worded by {@code messages}. */
    public CbcClassifier(CbcMessages messages) {
        this.m = Objects.requireNonNull(messages, "messages");
    }

    /** A part of the white count may exceed it by rounding only (a count of 1.0 and a total of 0.99). */
    private static final double PART_TOLERANCE = 1.02;

    /** The lower limit of the neutrophil count (CLINICAL-REFERENCE s1, x10^9/L): below it is neutropenia. */
    private static final double ANC_NEUTROPENIA = 1.5;

    /** The rule set named in every report ({@link CbcMessages#ruleSet}). */
    public String ruleSet() {
        return m.ruleSet(CtcaeGrader.VERSION);
    }

    /** Classifies one request. */
    public CbcReport classify(LabRequest request) {
        Set<String> questions = new LinkedHashSet<>(request.questions());
        Set<String> assumptions = new LinkedHashSet<>(request.assumptions());
        LabContext ctx = request.context();
        Map<Analyte, LabValue> absolute = new EnumMap<>(Analyte.class);
        Map<Analyte, LabValue> percent = new EnumMap<>(Analyte.class);
        Set<Analyte> conflicting = EnumSet.noneOf(Analyte.class);
        for (LabValue v : request.values()) {
            boolean isPercent = v.unit() == LabUnit.PERCENT
                    && (v.analyte() == Analyte.ANC || v.analyte() == Analyte.LYMPHOCYTES);
            LabValue previous = (isPercent ? percent : absolute).put(v.analyte(), v);
            if (previous != null && (previous.value() != v.value() || previous.unit() != v.unit())
                    && !sameCount(previous, v) && conflicting.add(v.analyte())) {
                questions.add(m.askWhichValue(v.analyte().layName(), DisplayNumbers.format(previous.value()),
                        DisplayNumbers.format(v.value())));
            }
        }
        // Never guess between two values: an analyte given twice is asked about, not classified.
        absolute.keySet().removeAll(conflicting);
        percent.keySet().removeAll(conflicting);
        Map<Analyte, Double> values = new EnumMap<>(Analyte.class);
        Map<Analyte, double[]> labRanges = new EnumMap<>(Analyte.class);
        boolean differentialUnclear = request.values().stream().anyMatch(CbcClassifier::unclearDifferential);
        for (LabValue v : absolute.values()) {
            if (differentialUnclear && mayBePercent(v)) {
                // "lymphs 12 and neuts 60": the 60 is no count, so the 12 may be a percent too
                questions.add(new UnitNormalizer.Ask(UnitNormalizer.Problem.NO_UNIT, v.analyte(), v.value(), null).question(m));
                continue;
            }
            switch (UnitNormalizer.normalize(v.analyte(), v.value(), v.unit())) {
                case UnitNormalizer.Normalized n -> {
                    values.put(v.analyte(), n.value());
                    if (n.assumption(m) != null) {
                        assumptions.add(n.assumption(m));
                    }
                    labRange(v, labRanges, assumptions);
                }
                case UnitNormalizer.Ask ask -> questions.add(ask.question(m));
                case UnitNormalizer.Percent p -> { }
            }
        }
        Differential.apply(percent, request.bandPercent(), values, questions, assumptions, m);
        impossiblePart(values, questions);
        Map<Analyte, AnalyteResult> results = new EnumMap<>(Analyte.class);
        List<Analyte> needRange = new ArrayList<>();
        values.forEach((analyte, value) -> {
            ReferenceRanges.Selection sel = ReferenceRanges.select(analyte, ctx, labRanges.get(analyte), m);
            assumptions.addAll(sel.assumptions());
            if (sel.needsLabRange()) {
                needRange.add(analyte);
            }
            results.put(analyte, result(analyte, value, sel));
        });
        askForRanges(needRange, ctx, questions);
        PatternRules.Lines lines = PatternRules.lowLines(results);
        CbcPattern pattern = PatternRules.pattern(results, lines);
        UrgencyRules.Assessment urgency = UrgencyRules.assess(results, ctx, lines.count(), m);
        List<AnalyteResult> list = List.copyOf(results.values());
        List<Analyte> high = list.stream().filter(r -> r.status() == Status.HIGH).map(AnalyteResult::analyte).toList();
        String summary = SummaryWriter.write(list, pattern, urgency.urgency(), !questions.isEmpty(), m);
        return new CbcReport(list, pattern, high, urgency.urgency(), urgency.reasons(), List.copyOf(questions),
                summary, ruleSet(), List.copyOf(assumptions));
    }

    /**
     * A neutrophil or lymphocyte count larger than the white count it is a part of ("anc 500 and
     * wbc 0.4"): one of the two is misread or mistyped, so both are asked about and the white
     * count is not classified (blind round 10). A neutrophil count below the neutropenia limit is
     * still classified: whichever of the two is right, the true count is at most the one given,
     * so its grade and urgency (a fever with it) never overstate how low it is, and a
     * contradiction never hides a neutropenia. Otherwise neither is classified.
     */
    private void impossiblePart(Map<Analyte, Double> values, Set<String> questions) {
        Double wbc = values.get(Analyte.WBC);
        if (wbc == null) {
            return;
        }
        for (Analyte part : List.of(Analyte.ANC, Analyte.LYMPHOCYTES)) {
            Double value = values.get(part);
            if (value != null && value > wbc * PART_TOLERANCE) {
                questions.add(m.askImpossiblePair(part.layName(), DisplayNumbers.format(value),
                        Analyte.WBC.layName(), DisplayNumbers.format(wbc)));
                if (part != Analyte.ANC || value >= ANC_NEUTROPENIA) {
                    values.remove(part);
                }
                values.remove(Analyte.WBC);
                return;
            }
        }
    }

    /**
     * True when two writings of one analyte are the same count in the normalised unit ("platelets
     * 410 thousand ... is 410 too high"): no second value to ask about.
     */
    private static boolean sameCount(LabValue a, LabValue b) {
        return UnitNormalizer.normalize(a.analyte(), a.value(), a.unit()) instanceof UnitNormalizer.Normalized x
                && UnitNormalizer.normalize(b.analyte(), b.value(), b.unit()) instanceof UnitNormalizer.Normalized y
                && Math.abs(x.value() - y.value()) < 1e-9;
    }

    /** A neutrophil or lymphocyte number with no unit that its size cannot place (20-499: a percent or per microlitre). */
    private static boolean unclearDifferential(LabValue v) {
        return v.unit() == null && isDifferential(v.analyte()) && UnitNormalizer.byMagnitude(v.analyte(), v.value()) == null;
    }

    /** A neutrophil or lymphocyte number with no unit that reads as a count by size but could be a percent (10-19). */
    private static boolean mayBePercent(LabValue v) {
        return v.unit() == null && isDifferential(v.analyte()) && v.value() >= 10;
    }

    private static boolean isDifferential(Analyte analyte) {
        return analyte == Analyte.ANC || analyte == Analyte.LYMPHOCYTES;
    }

    private static AnalyteResult result(Analyte analyte, double value, ReferenceRanges.Selection sel) {
        ReferenceRange range = sel.range();
        Status status;
        if (sel.needsLabRange()) {
            status = Status.NOT_JUDGED;
        } else if (range.low() != null && value < range.low()) {
            status = Status.LOW;
        } else if (range.high() != null && value > range.high()) {
            status = Status.HIGH;
        } else {
            status = Status.NORMAL;
        }
        Integer grade = status == Status.LOW ? CtcaeGrader.gradeOfLow(analyte, value) : null;
        return new AnalyteResult(analyte, value, analyte.unit(), status, grade, range);
    }

    private void labRange(LabValue v, Map<Analyte, double[]> labRanges, Set<String> assumptions) {
        if (v.labRange() == null) {
            return;
        }
        double[] range = UnitNormalizer.normalizeRange(v.analyte(), v.labRange(), v.unit());
        if (range != null && ReferenceRanges.isSane(v.analyte(), range)) {
            labRanges.put(v.analyte(), range);
        } else {
            assumptions.add(m.assumedDefaultRange(v.analyte().layName()));
        }
    }

    private void askForRanges(List<Analyte> needRange, LabContext ctx, Set<String> questions) {
        if (ctx.childMentioned() && ctx.ageYears() == null) {
            questions.add(m.askChildAge());
        }
        if (needRange.isEmpty()) {
            return;
        }
        StringJoiner names = new StringJoiner(", ");
        needRange.forEach(a -> names.add(a.layName()));
        questions.add(m.askLabRanges(names.toString()));
    }
}
