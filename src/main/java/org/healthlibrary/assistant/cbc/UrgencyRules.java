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
 * nothing more urgent fired (the statuses still show every value out of range).
 * Stateless; thread-safe.
 */
public final class UrgencyRules {

    /** The outcome: the urgency and the reasons, most urgent first. */
    public record Assessment(Urgency urgency, List<String> reasons) {
    }

    static final String EMERGENCY_ADVICE = "this can be an emergency. Call your care team or go to the emergency "
            + "room now.";
    static final String FEVER_LOW_ANC = "Fever (38.0 C / 100.4 F or higher) with ANC below 1.0 x10^9/L: "
            + EMERGENCY_ADVICE;
    static final String FEVER_LOW_WBC = "Fever (38.0 C / 100.4 F or higher) with WBC below 1.0 x10^9/L and no ANC "
            + "given: " + EMERGENCY_ADVICE;
    static final String FEVER_CHEMO = "Fever (38.0 C / 100.4 F or higher) while on chemotherapy: " + EMERGENCY_ADVICE;
    static final String TODAY = ": contact your care team today.";
    static final String HGB_BELOW_7 = "Hemoglobin below 7.0 g/dL" + TODAY;
    static final String PLT_BELOW_20 = "Platelets below 20 x10^9/L" + TODAY;
    static final String ANC_BELOW_05 = "ANC below 0.5 x10^9/L" + TODAY;
    static final String WBC_BELOW_1 = "WBC below 1.0 x10^9/L" + TODAY;
    static final String WBC_ABOVE_100 = "WBC above 100 x10^9/L" + TODAY;
    static final String PLT_ABOVE_1000 = "Platelets above 1000 x10^9/L" + TODAY;
    static final String HGB_ABOVE_20 = "Hemoglobin above 20 g/dL" + TODAY;
    static final String LINES_LOW = "Two or more blood cell lines low: book a visit to discuss them.";
    static final String ALL_IN_RANGE = "All values within the range used: no action needed beyond your usual care.";
    static final String NOTHING_READ = "No blood count value could be classified.";

    private UrgencyRules() {
    }

    /**
     * Applies every rule.
     *
     * @param results  classified values by analyte
     * @param ctx      fever and chemotherapy
     * @param lowLines how many of the red, white and platelet lines are low
     */
    public static Assessment assess(Map<Analyte, AnalyteResult> results, LabContext ctx, int lowLines) {
        Double hgb = value(results, Analyte.HEMOGLOBIN);
        Double wbc = value(results, Analyte.WBC);
        Double anc = value(results, Analyte.ANC);
        Double plt = value(results, Analyte.PLATELETS);
        List<String> emergency = new ArrayList<>();
        if (ctx.hasFever() && FeverThresholds.lowWhiteCells(anc, wbc)) {
            emergency.add(anc != null ? FEVER_LOW_ANC : FEVER_LOW_WBC);
        }
        if (ctx.hasFever() && ctx.onChemotherapy()) {
            emergency.add(FEVER_CHEMO);
        }
        List<String> urgent = new ArrayList<>();
        addIf(urgent, hgb != null && hgb < 7.0, HGB_BELOW_7);
        addIf(urgent, plt != null && plt < 20, PLT_BELOW_20);
        addIf(urgent, anc != null && anc < 0.5, ANC_BELOW_05);
        addIf(urgent, wbc != null && wbc < 1.0, WBC_BELOW_1);
        addIf(urgent, wbc != null && wbc > 100, WBC_ABOVE_100);
        addIf(urgent, plt != null && plt > 1000, PLT_ABOVE_1000);
        addIf(urgent, hgb != null && hgb > 20, HGB_ABOVE_20);
        List<String> soon = new ArrayList<>();
        for (AnalyteResult r : results.values()) {
            switch (r.status()) {
                case LOW -> soon.add(r.analyte().label() + " below the range used: book a visit to discuss it.");
                case HIGH -> soon.add(r.analyte().label() + " above the range used: book a visit to discuss it.");
                case NOT_JUDGED -> soon.add(r.analyte().label() + " cannot be judged without your lab's range: "
                        + "ask your care team about it at a visit.");
                case NORMAL -> { }
            }
        }
        addIf(soon, lowLines >= 2, LINES_LOW);
        Urgency urgency = !emergency.isEmpty() ? Urgency.EMERGENCY : !urgent.isEmpty() ? Urgency.URGENT
                : !soon.isEmpty() ? Urgency.SOON : Urgency.ROUTINE;
        List<String> reasons = new ArrayList<>(emergency);
        reasons.addAll(urgent);
        if (urgency == Urgency.SOON) {
            reasons.addAll(soon);
        }
        if (reasons.isEmpty()) {
            reasons.add(results.isEmpty() ? NOTHING_READ : ALL_IN_RANGE);
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
