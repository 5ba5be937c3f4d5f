package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibratedGateTest {

    private static GateEvidence evidence(double cos1) {
        Map<String, Double> v = new HashMap<>();
        GateEvidence.NAMES.forEach(n -> v.put(n, 0.0));
        v.put("cos1", cos1);
        return new GateEvidence(v);
    }

    @Test
    void answersWhenTheFittedProbabilityReachesTheThreshold() {
        CalibratedGate gate = new CalibratedGate(List.of(new CalibratedGate.Feature("cos1", 0.5, 0.1, 2.0)), 0.0, 0.7);
        CalibratedGate.Reading high = gate.read(evidence(0.6));
        assertThat(high.probability()).isCloseTo(1 / (1 + Math.exp(-2.0)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(high.answers()).isTrue();
        assertThat(high.contributions()).containsExactly("cos1=0.600(+2.00)");
        assertThat(gate.read(evidence(0.5)).answers()).isFalse();
    }

    @Test
    void theShippedModelReadsOnlyKnownFeatures() {
        CalibratedGate shipped = CalibratedGate.shipped();
        assertThat(shipped.features()).allSatisfy(f -> assertThat(GateEvidence.NAMES).contains(f.name()));
        assertThat(shipped.threshold()).isBetween(0.0, 1.0);
    }
}
