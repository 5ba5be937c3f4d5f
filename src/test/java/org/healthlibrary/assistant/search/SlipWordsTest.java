package org.healthlibrary.assistant.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as one typing slip, and which word a slip is read as. */
class SlipWordsTest {

    @Test
    void oneSlipMeansOneSwapExtraMissingOrLongWrongLetter() {
        assertThat(SlipWords.oneSlip("symtpoms", "symptoms")).isTrue();
        assertThat(SlipWords.oneSlip("symptms", "symptoms")).isTrue();
        assertThat(SlipWords.oneSlip("symptooms", "symptoms")).isTrue();
        assertThat(SlipWords.oneSlip("symptoss", "symptoms")).isTrue();
        assertThat(SlipWords.oneSlip("rested", "tested")).isFalse();
        assertThat(SlipWords.oneSlip("smyptoms", "symptoms")).isTrue();
        assertThat(SlipWords.oneSlip("ysmptoms", "symptoms")).isTrue();
        assertThat(SlipWords.oneSlip("symptosm", "symptoms")).isTrue();
        assertThat(SlipWords.oneSlip("sypmtmos", "symptoms")).isFalse();
        assertThat(SlipWords.oneSlip("symptoms", "symptoms")).isFalse();
        assertThat(SlipWords.oneSlip("sym", "symptoms")).isFalse();
    }

    @Test
    void aSlipIsReadAsTheOneWordItCouldBe() {
        SlipWords words = new SlipWords(List.of("symptoms", "treatment", "treated", "treats"));
        assertThat(words.meant("symtpoms")).isEqualTo("symptoms");
        assertThat(words.meant("treatd")).isEqualTo("treated");
        assertThat(words.meant("symptoms")).isNull();
        assertThat(words.meant("lupus")).isNull();
    }

    @Test
    void aSlipOfTwoWordsIsNotGuessed() {
        SlipWords words = new SlipWords(List.of("treated", "treater"));
        assertThat(words.meant("treate")).isNull();
    }
}
