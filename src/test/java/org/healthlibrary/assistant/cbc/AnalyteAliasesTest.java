package org.healthlibrary.assistant.cbc;

import org.healthlibrary.assistant.cbc.CbcEnglish;
import static org.assertj.core.api.Assertions.assertThat;

import org.healthlibrary.assistant.knowledge.AnalyteVocabulary;
import org.junit.jupiter.api.Test;

/** The classifier reads its analyte names from the one shared list that search reads too. */
class AnalyteAliasesTest {

    @Test
    void everyAnalyteTakesItsAliasesFromTheSharedList() {
        for (Analyte a : Analyte.values()) {
            assertThat(a.aliases()).isEqualTo(AnalyteVocabulary.aliases(a.name()));
        }
        assertThat(AnalyteVocabulary.all()).hasSize(Analyte.values().length);
    }

    @Test
    void singularsFromTheSearchListNowClassifyToo() {
        LabExtraction e = new CbcInterpreter(CbcEnglish.MESSAGES).extract("thrombocyte 140, leukocyte 3.1");
        assertThat(e.values()).extracting(LabValue::analyte).containsExactly(Analyte.PLATELETS, Analyte.WBC);
    }
}
