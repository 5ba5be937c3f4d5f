package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.WordingTrace;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.junit.jupiter.api.Test;

/** The console's voice rendering of a trace is what the voice channel would say for that answer. */
class VoiceRenderingTest {

    private static AnswerTrace trace(Outcome outcome, String answer) {
        return new AnswerTrace("t", Instant.EPOCH, AnswerTrace.Origin.STAFF, "Is pancytopenia leukemia?", outcome, "rule",
                "OTHER", List.of(), Map.of(), List.of(), null, null, List.of(SpeechComposerTest.PANCYTOPENIA), Map.of(),
                "draft", answer, WordingTrace.extractive());
    }

    @Test
    void anAnswerIsSpokenWithItsSourceAndTheDisclaimer() {
        String ssml = new VoiceRendering(VoiceEnglish.COMPOSER).spoken(trace(Outcome.ANSWERED,
                "Pancytopenia is not the same as leukemia [1]. It is a finding on a blood test."));
        assertThat(ssml).isEqualTo("<speak>Pancytopenia is not the same as leukemia. It is a finding on a blood test. "
                + "This is from our health library article, Pancytopenia. <break strength=\"medium\"/>"
                + SafetyEnglish.DISCLAIMER_SPOKEN + "</speak>");
    }

    @Test
    void anEmergencyIsSpokenWholeWithoutASource() {
        String ssml = new VoiceRendering(VoiceEnglish.COMPOSER).spoken(trace(Outcome.EMERGENCY, "Call 911 now."));
        assertThat(ssml).startsWith("<speak>Call 911 now. <break").doesNotContain("health library article");
    }
}
