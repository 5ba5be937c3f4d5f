package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyteVocabularyTest {

    @Test
    void everyLineHasItsMainTermFirst() {
        assertThat(AnalyteVocabulary.all().keySet()).containsExactly("HEMOGLOBIN", "HEMATOCRIT", "RBC", "WBC", "ANC",
                "LYMPHOCYTES", "PLATELETS", "MCV");
        assertThat(AnalyteVocabulary.aliases("PLATELETS")).startsWith("platelets", "platelet").contains("plt",
                "thrombocytes");
        assertThat(AnalyteVocabulary.aliases("ANC")).contains("anc", "neuts", "segs", "granulocytes");
    }

    @Test
    void noAliasBelongsToTwoLinesAndAllAreLowerCase() {
        Set<String> seen = new HashSet<>();
        AnalyteVocabulary.all().forEach((code, aliases) -> aliases.forEach(a -> {
            assertThat(seen.add(a)).as("%s listed twice", a).isTrue();
            assertThat(a).isLowerCase();
        }));
    }

    @Test
    void unknownCodeFailsClearly() {
        assertThatThrownBy(() -> AnalyteVocabulary.aliases("FERRITIN")).hasMessageContaining("FERRITIN");
    }
}
