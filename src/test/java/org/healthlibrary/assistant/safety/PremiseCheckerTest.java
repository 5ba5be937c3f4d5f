package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PremiseCheckerTest {

    /** The article ids of the sample library (CLINICAL-REFERENCE.md section 6). */
    private static final Set<String> LIBRARY = Set.of("pancytopenia", "complete-blood-count", "anemia", "leukopenia",
            "neutropenia", "thrombocytopenia", "aplastic-anemia", "leukemia", "myelodysplastic-syndromes",
            "bone-marrow-biopsy", "vitamin-b12-folate-deficiency", "enlarged-spleen", "chemotherapy-blood-counts",
            "blood-transfusion", "hematologist", "bruising-and-bleeding");

    private final PremiseChecker checker = PremiseChecker.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Since pancytopenia is contagious, should my kids stay away?"     | contagious-low-counts          | pancytopenia
            How do I protect my family since pancytopenia is contagious?      | contagious-low-counts          | pancytopenia
            I caught pancytopenia from my husband                             | contagious-low-counts          | pancytopenia
            How did I catch pancytopenia from my coworker?                    | contagious-low-counts          | pancytopenia
            why is pancytopenia so contagious?                                | contagious-low-counts          | pancytopenia
            "since pancytopenia is leukemia, what chemo do I need?"           | pancytopenia-is-leukemia       | pancytopenia
            "pancytopenia means cancer, so how long do I have?"               | pancytopenia-is-leukemia       | pancytopenia
            Anemia is always from low iron so I'll buy iron pills             | anemia-always-iron             | anemia
            "low platelets always mean cancer, right?"                        | low-platelets-cancer           | thrombocytopenia
            I'm scared because a bone marrow biopsy requires general anesthesia | biopsy-needs-general-anesthesia | bone-marrow-biopsy
            "Since I have neutropenia, I can't get infections"                | neutropenia-protects           | neutropenia
            "I was sent to a hematologist, which means I have cancer"         | hematologist-means-cancer      | hematologist
            aplastic anemia is a type of cancer                               | aplastic-anemia-is-cancer      | aplastic-anemia
            a transfusion will cure my anemia                                 | transfusion-cures              | blood-transfusion
            chemo permanently destroys your blood counts                      | chemo-counts-permanent         | chemotherapy-blood-counts
            b12 deficiency can't cause low blood counts                       | vitamins-cannot-lower-counts   | vitamin-b12-folate-deficiency
            an enlarged spleen means cancer                                   | spleen-means-cancer            | enlarged-spleen
            easy bruising means leukemia                                      | bruising-means-leukemia        | bruising-and-bleeding
            leukemia is contagious                                            | contagious-leukemia            | leukemia
            a low white count means leukemia                                  | low-white-cells-cancer         | leukopenia
            is pancytopenia contagious?                                       | NONE                           | NONE
            Is it true that pancytopenia is contagious?                       | NONE                           | NONE
            "I heard pancytopenia is contagious, is that true?"               | NONE                           | NONE
            pancytopenia is contagious?                                       | NONE                           | NONE
            pancytopenia isn't contagious                                     | NONE                           | NONE
            pancytopenia is never contagious                                  | NONE                           | NONE
            It's a myth that pancytopenia is contagious                       | NONE                           | NONE
            is pancytopenia leukemia?                                         | NONE                           | NONE
            does a bone marrow biopsy need general anesthesia?                | NONE                           | NONE
            can you catch anemia from someone?                                | NONE                           | NONE
            what is pancytopenia?                                             | NONE                           | NONE
            """)
    void correctsStatedPremisesOnly(String message, String expectedRule, String expectedArticle) {
        var correction = checker.check(message);
        assertThat(correction.map(PremiseCorrection::ruleId).orElse("NONE")).isEqualTo(expectedRule);
        assertThat(correction.map(PremiseCorrection::articleId).orElse("NONE")).isEqualTo(expectedArticle);
    }

    @Test
    void everyCorrectionCitesALibraryArticle() {
        assertThat(LIBRARY).containsAll(checker.articleIds());
    }

    @Test
    void correctionsAreFixedPlainText() {
        var c = checker.check("since pancytopenia is contagious, should I stay home?").orElseThrow();
        assertThat(c.correction()).startsWith("Pancytopenia and other low blood counts are not contagious.");
    }
}
