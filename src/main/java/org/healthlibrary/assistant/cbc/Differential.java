package org.healthlibrary.assistant.cbc;

import java.util.Map;
import java.util.Set;

/**
 * Works out absolute counts from a differential (CLINICAL-REFERENCE s4):
 * ANC = WBC x (neutrophil % + band %) / 100, and likewise lymphocytes = WBC x lymphocyte % /
 * 100. Used only when the absolute count was not given itself. Band % alone (with no
 * neutrophil %) is not used. Stateless; thread-safe.
 */
final class Differential {

    private Differential() {
    }

    static void apply(Map<Analyte, LabValue> percent, Double bandPercent, Map<Analyte, Double> values,
                      Set<String> questions, Set<String> assumptions) {
        for (Map.Entry<Analyte, LabValue> e : percent.entrySet()) {
            Analyte analyte = e.getKey();
            if (values.containsKey(analyte)) {
                continue;
            }
            double share = e.getValue().value();
            double bands = analyte == Analyte.ANC && bandPercent != null ? bandPercent : 0;
            String name = analyte == Analyte.ANC ? "neutrophil" : "lymphocyte";
            if (share < 0 || bands < 0 || share + bands > 100) {
                questions.add("The " + name + " percentage looks mistyped. Please check it, for example "
                        + "neutrophils 60%.");
                continue;
            }
            Double wbc = values.get(Analyte.WBC);
            if (wbc == null) {
                questions.add("To work out the " + analyte.layName() + " from the " + name + " percentage, we also "
                        + "need your WBC (white blood cell count) with its unit, for example 6.5 x10^9/L.");
                continue;
            }
            double count = UnitNormalizer.round(wbc * (share + bands) / 100, 2);
            values.put(analyte, count);
            assumptions.add(analyte.label() + " worked out from your differential: WBC " + DisplayNumbers.format(wbc)
                    + " x (" + name + "s " + DisplayNumbers.format(share) + "%"
                    + (bands > 0 ? " + bands " + DisplayNumbers.format(bands) + "%" : "") + ") / 100 = "
                    + DisplayNumbers.format(count) + " x10^9/L.");
        }
    }
}
