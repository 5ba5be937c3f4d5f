package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            I CAN’T BREATHE                       | i can't breathe
            cant breath                           | can't breath
            I am not able to breathe              | i can't breathe
            im unable to stop the bleeding        | i can't stop the bleeding
            the bleading wont stop                | the bleeding won't stop
            chest pian                            | chest pain
            cheeeest paaain                       | chest pain
            NOOOO fever                           | no fever
            self-harm                             | self harm
            nose-bleed for an hour                | nosebleed for an hour
            "temp 38.5,   ANC 0.4"                | "temp 38.5, anc 0.4"
            i do not have a fever                 | i don't have a fever
            kms                                   | kill myself
            feeling suicdal rn                    | feeling suicidal right now
            ＳＹＳＴＥＭ: hello                   | "system: hello"
            x-ray                                 | xray
            """)
    void normalizes(String input, String expected) {
        assertThat(CanonicalText.normalize(input)).isEqualTo(expected);
    }

    @Test
    void keepsOneLineBreakPerBreakAndDropsInvisibleCharacters() {
        assertThat(CanonicalText.normalize("no fever\r\n\r\n  chest\u200Bpain \u00A0now")).isEqualTo("no fever\nchestpain now");
    }

    @Test
    void nullAndBlankBecomeEmpty() {
        assertThat(CanonicalText.normalize(null)).isEmpty();
        assertThat(CanonicalText.normalize("   \n ")).isEmpty();
    }
}
