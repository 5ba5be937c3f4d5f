package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import org.junit.jupiter.api.Test;

/** Lab values from LabValuesIntent's slots, written as a patient would type them in chat. */
class LabReadingTest {

    private static Intent intent(AlexaRequestBodies body) {
        return ((IntentRequest) AlexaJson.read(body.bytes()).getRequest()).getIntent();
    }

    private static AlexaRequestBodies lab(String analyte, String analyteId, String number, String unit, String unitId) {
        return AlexaRequestBodies.of("lab-values").with("analyte", analyte).with("analyteId", analyteId)
                .with("number", number).with("unit", unit).with("unitId", unitId);
    }

    @Test
    void resolvedSlotsUseTheCanonicalNamesAndUnits() {
        assertThat(LabReading.of(intent(lab("platelet count", "PLATELETS", "85000", "per microliter", "PER_UL")))
                .map(LabReading::words)).contains("platelets 85000/uL");
        assertThat(LabReading.of(intent(lab("h g b", "HEMOGLOBIN", "9", "grams per deciliter", "G_PER_DL")))
                .map(LabReading::words)).contains("hemoglobin 9 g/dL");
        assertThat(LabReading.of(intent(lab("crit", "HEMATOCRIT", "31", "percent", "PERCENT")))
                .map(LabReading::words)).contains("hematocrit 31%");
        assertThat(LabReading.of(intent(lab("white count", "WBC", "2", "thousand per microliter", "K_PER_UL")))
                .map(LabReading::words)).contains("white blood cells 2 K/uL");
    }

    @Test
    void theDecimalSlotAddsTheDigitsAfterThePoint() {
        Intent base = intent(lab("hemoglobin", "HEMOGLOBIN", "9", "grams per deciliter", "G_PER_DL"));
        Intent withDecimal = Intent.builder().withName(base.getName()).withSlots(base.getSlots())
                .putSlotsItem("decimal", Slot.builder().withName("decimal").withValue("5").build()).build();
        assertThat(LabReading.of(withDecimal).map(LabReading::words)).contains("hemoglobin 9.5 g/dL");
    }

    @Test
    void noUnitIsFine() {
        Intent base = intent(lab("platelets", "PLATELETS", "85000", "x", "PER_UL"));
        Intent noUnit = Intent.builder().withName(base.getName()).withSlots(base.getSlots())
                .putSlotsItem("unit", Slot.builder().withName("unit").build()).build();
        assertThat(LabReading.of(noUnit).map(LabReading::words)).contains("platelets 85000");
    }

    @Test
    void aNumberAlexaDidNotUnderstandOrAMissingAnalyteIsNoReading() {
        assertThat(LabReading.of(intent(lab("platelets", "PLATELETS", "?", "per microliter", "PER_UL")))).isEmpty();
        assertThat(LabReading.of(intent(lab("platelets", "PLATELETS", "lots", "per microliter", "PER_UL")))).isEmpty();
        Intent base = intent(lab("platelets", "PLATELETS", "85000", "per microliter", "PER_UL"));
        Intent noAnalyte = Intent.builder().withName(base.getName()).withSlots(base.getSlots())
                .putSlotsItem("analyte", Slot.builder().withName("analyte").build()).build();
        assertThat(LabReading.of(noAnalyte)).isEmpty();
    }
}
