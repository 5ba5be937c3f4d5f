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
                      Set<String> questions, Set<String> assumptions, CbcMessages m) {
        for (Map.Entry<Analyte, LabValue> e : percent.entrySet()) {
            Analyte analyte = e.getKey();
            if (values.containsKey(analyte)) {
                continue;
            }
            double share = e.getValue().value();
            double bands = analyte == Analyte.ANC && bandPercent != null ? bandPercent : 0;
            String name = analyte == Analyte.ANC ? m.neutrophil() : m.lymphocyte();
            if (share < 0 || bands < 0 || share + bands > 100) {
                questions.add(m.askPercentMistyped(name));
                continue;
            }
            Double wbc = values.get(Analyte.WBC);
            if (wbc == null) {
                questions.add(m.askWbcForPercent(analyte.layName(), name));
                continue;
            }
            double count = UnitNormalizer.round(wbc * (share + bands) / 100, 2);
            values.put(analyte, count);
            assumptions.add(bands > 0
                    ? m.assumedFromDifferentialWithBands(analyte.label(), DisplayNumbers.format(wbc), name,
                            DisplayNumbers.format(share), DisplayNumbers.format(bands), DisplayNumbers.format(count))
                    : m.assumedFromDifferential(analyte.label(), DisplayNumbers.format(wbc), name,
                            DisplayNumbers.format(share), DisplayNumbers.format(count)));
        }
    }
}
