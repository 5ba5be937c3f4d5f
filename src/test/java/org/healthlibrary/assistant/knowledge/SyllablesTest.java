package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({
            "the, 1",
            "cat, 1",
            "cake, 1",          // silent e
            "bone, 1",
            "home, 1",
            "table, 2",         // consonant + le is a syllable
            "little, 2",
            "free, 1",          // ee is one vowel group
            "be, 1",            // a lone e is the only vowel: never dropped
            "rhythm, 1",        // y is a vowel
            "anemia, 3",        // heuristic: 'ia' is one group
            "hemoglobin, 4",
            "platelets, 3",
            "leukemia, 3",
            "Neutropenia, 4",
            "doctor's, 2",
            "follow-up, 3",
            "1500, 1",          // no letters: at least one
            "'(ANC)', 1",
    })
    void countsVowelGroups(String word, int expected) {
        assertThat(Syllables.count(word)).isEqualTo(expected);
    }
}
