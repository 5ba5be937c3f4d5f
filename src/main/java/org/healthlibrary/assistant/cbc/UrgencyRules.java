package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The urgency rules of CLINICAL-REFERENCE section 3, the conservative set this product uses
 * (lab critical-value lists differ). Absolute thresholds apply whatever range was used, so they
 * also cover children and pregnancy; thresholds are strict ({@code <} and {@code >}): Hgb
 * exactly 7.0 or platelets exactly 20 are not urgent, and a temperature of exactly 38.0 C is a
 * fever. The urgency is the highest level any rule reaches. Reasons are one plain sentence per
 * rule that fired, naming it: emergency and urgent rules always, "book a visit" rules only when
 * nothing more urgent fired (the statuses still show every value out of range); their words are
 * {@link CbcMessages}'s {@code reason...} messages.
 * Stateless; thread-safe.
 */
public final class UrgencyRules {

    /** The outcome: the urgency and the reasons, most urgent first. */
    public record Assessment(Urgency urgency, List<String> reasons) {
    }

    private UrgencyRules() {
    }

    /**
     * Applies every rule.
     *
     * @param results  classified values by analyte
     * @param ctx      fever and chemotherapy
     * @param lowLines how many of the red, white and platelet lines are low
     * @param m        the words of the reasons
     */
    public static Assessment assess(Map<Analyte, AnalyteResult> results, LabContext ctx, int lowLines,
                                    CbcMessages m) {
        Double hgb = value(results, Analyte.HEMOGLOBIN);
        Double wbc = value(results, Analyte.WBC);
        Double anc = value(results, Analyte.ANC);
        Double plt = value(results, Analyte.PLATELETS);
        List<String> emergency = new ArrayList<>();
        if (ctx.hasFever() && FeverThresholds.lowWhiteCells(anc, wbc)) {
            emergency.add(anc != null ? m.reasonFeverLowAnc(m.emergencyAdvice())
                    : m.reasonFeverLowWbc(m.emergencyAdvice()));
        }
        if (ctx.hasFever() && ctx.onChemotherapy()) {
            emergency.add(m.reasonFeverChemo(m.emergencyAdvice()));
        }
        List<String> urgent = new ArrayList<>();
        addIf(urgent, hgb != null && hgb < 7.0, m.reasonHgbBelow7());
        addIf(urgent, plt != null && plt < 20, m.reasonPltBelow20());
        addIf(urgent, anc != null && anc < 0.5, m.reasonAncBelow05());
        addIf(urgent, wbc != null && wbc < 1.0, m.reasonWbcBelow1());
        addIf(urgent, wbc != null && wbc > 100, m.reasonWbcAbove100());
        addIf(urgent, plt != null && plt > 1000, m.reasonPltAbove1000());
        addIf(urgent, hgb != null && hgb > 20, m.reasonHgbAbove20());
        List<String> soon = new ArrayList<>();
        for (AnalyteResult r : results.values()) {
            switch (r.status()) {
                case LOW -> soon.add(m.reasonBelowRange(r.analyte().label()));
                case HIGH -> soon.add(m.reasonAboveRange(r.analyte().label()));
                case NOT_JUDGED -> soon.add(m.reasonNotJudged(r.analyte().label()));
                case NORMAL -> { }
            }
        }
        addIf(soon, lowLines >= 2, m.reasonLinesLow());
        Urgency urgency = !emergency.isEmpty() ? Urgency.EMERGENCY : !urgent.isEmpty() ? Urgency.URGENT
                : !soon.isEmpty() ? Urgency.SOON : Urgency.ROUTINE;
        List<String> reasons = new ArrayList<>(emergency);
        reasons.addAll(urgent);
        if (urgency == Urgency.SOON) {
            reasons.addAll(soon);
        }
        if (reasons.isEmpty()) {
            reasons.add(results.isEmpty() ? m.reasonNothingRead() : m.reasonAllInRange());
        }
        return new Assessment(urgency, List.copyOf(reasons));
    }

    private static void addIf(List<String> list, boolean condition, String reason) {
        if (condition) {
            list.add(reason);
        }
    }

    private static Double value(Map<Analyte, AnalyteResult> results, Analyte a) {
        AnalyteResult r = results.get(a);
        return r == null ? null : r.value();
    }
}
