package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MedicalSynonymsTest {

    @Test
    void analyteGroupsComeFromTheSharedListOneLineEach() {
        String groups = MedicalSynonyms.analyteGroups();
        assertThat(groups.lines()).hasSize(8);
        assertThat(groups.lines().filter(l -> l.equals("platelets, platelet, plt, plts, thrombocytes, thrombocyte"))).hasSize(1);
    }

    @Test
    void synonymFileNoLongerListsTheAnalyteNames() throws IOException {
        try (InputStream in = MedicalSynonyms.class.getResourceAsStream(MedicalSynonyms.RESOURCE)) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(file.lines().filter(l -> !l.startsWith("#"))).noneMatch(l -> l.startsWith("platelets,")
                    || l.startsWith("hemoglobin,") || l.startsWith("neutrophils,") || l.startsWith("mcv,"));
        }
        assertThat(MedicalSynonyms.load().fst).isNotNull();
    }
}
