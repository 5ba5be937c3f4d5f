package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.Outcome;
import org.junit.jupiter.api.Test;

/** The spoken form of pipeline results: sentence and word limits, emergencies first, the disclaimer always. */
class SpeechComposerTest {

    static final Citation PANCYTOPENIA = new Citation("pancytopenia", "Pancytopenia",
            "Common questions > Is pancytopenia leukemia?",
            "https://library.example-hospital.org/health/pancytopenia#is-pancytopenia-leukemia", "Pancytopenia is not...");

    static AnswerResult result(Outcome outcome, String answer, boolean emergency, Citation... citations) {
        Outcome decided = emergency ? Outcome.EMERGENCY : outcome;
        return new AnswerResult(new AnswerDraft(decided, "test", List.of(), new DraftBody.None(), List.of(),
                List.of(citations), null, Conversation.start()), answer, null);
    }

    private static final String SPOKEN_END = "<break strength=\"medium\"/>" + SafetyEnglish.DISCLAIMER_SPOKEN + "</speak>";

    @Test
    void anAnswerIsAtMostThreeSentencesThenItsSourceThenTheDisclaimer() {
        Speech speech = VoiceEnglish.COMPOSER.speak(result(Outcome.ANSWERED,
                "Pancytopenia is not the same as leukemia [1]. It is a finding on a blood test. It has many causes. "
                        + "Leukemia is one of them. Your doctor will look for the cause.", false, PANCYTOPENIA));
        assertThat(speech.sentences()).containsExactly("Pancytopenia is not the same as leukemia.",
                "It is a finding on a blood test.", "It has many causes.");
        assertThat(VoiceEnglish.COMPOSER.ssml(speech, 3)).isEqualTo("<speak>Pancytopenia is not the same as leukemia. "
                + "It is a finding on a blood test. It has many causes. "
                + "This is from our health library article, Pancytopenia. " + SPOKEN_END);
    }

    @Test
    void wholeSentencesStopBeforeNinetyWords() {
        String forty = "Word ".repeat(39) + "end.";
        Speech speech = VoiceEnglish.COMPOSER.speak(result(Outcome.ANSWERED, forty + " " + forty + " " + forty, false));
        assertThat(speech.sentences()).hasSize(2);
        assertThat(speech.sentences().stream().mapToInt(SpokenText::words).sum()).isEqualTo(80);
    }

    @Test
    void aSingleHugeSentenceIsCutAtNinetyWords() {
        Speech speech = VoiceEnglish.COMPOSER.speak(result(Outcome.ANSWERED, "word ".repeat(5000), false));
        assertThat(speech.sentences()).hasSize(1);
        assertThat(SpokenText.words(speech.sentences().getFirst())).isEqualTo(90);
        assertThat(speech.sentences().getFirst()).endsWith("word.");
    }

    @Test
    void noUrlsOrReferenceMarksAreSpoken() {
        String ssml = VoiceEnglish.COMPOSER.ssml(VoiceEnglish.COMPOSER.speak(result(Outcome.ANSWERED,
                "Low platelets [2] can cause bruising (see https://library.example-hospital.org/health/thrombocytopenia). "
                        + "A count below 50 x10^9/L needs care.", false, PANCYTOPENIA)), 3);
        assertThat(ssml).doesNotContain("http", "www", "[2]", "x10", "^")
                .contains("Low platelets can cause bruising. A count below 50 thousand per microliter needs care.");
    }

    @Test
    void textIsEscapedForSsml() {
        String ssml = VoiceEnglish.COMPOSER.ssml(VoiceEnglish.COMPOSER.speak(result(Outcome.ANSWERED,
                "Ask about R&D trials <b>now</b> and \"watch\" your counts.", false)), 3);
        assertThat(ssml).contains("Ask about R&amp;D trials now and &quot;watch&quot; your counts.")
                .doesNotContain("<b>");
    }

    @Test
    void emergencyGuidanceIsSpokenFirstWholeAndWithoutASource() {
        String guidance = "Chest pain or pressure can be a sign of a heart attack. Call 911 or your local emergency "
                + "number now, or go to the nearest emergency room. Do not wait for an answer from this chat. "
                + "Do not drive yourself.";
        AnswerResult r = result(Outcome.EMERGENCY, guidance, true, PANCYTOPENIA);
        Speech speech = VoiceEnglish.COMPOSER.speak(r);
        String ssml = VoiceEnglish.COMPOSER.ssml(speech, 3);
        assertThat(ssml).isEqualTo("<speak>" + guidance + " " + SPOKEN_END);
        assertThat(ssml.indexOf("911")).isLessThan(ssml.indexOf(SafetyEnglish.DISCLAIMER_SPOKEN));
        assertThat(SpeechComposer.cardSource(r)).isNull();
    }

    @Test
    void theEmergencyFlagAloneIsEnoughAndEmptyGuidanceStillSays911() {
        Speech speech = VoiceEnglish.COMPOSER.speak(result(Outcome.NOT_IN_LIBRARY, "", true));
        assertThat(VoiceEnglish.COMPOSER.ssml(speech, 3))
                .startsWith("<speak>This may be an emergency. Call 911 or your local emergency number now.");
    }

    @Test
    void theDisclaimerEndsEveryRenderingEvenWithNoSentences() {
        for (Outcome o : Outcome.values()) {
            Speech speech = VoiceEnglish.COMPOSER.speak(result(o, "Some answer. Another one.", false, PANCYTOPENIA));
            for (int n = 0; n <= 3; n++) {
                assertThat(VoiceEnglish.COMPOSER.ssml(speech, n)).as("%s with %d sentences", o, n).endsWith(SPOKEN_END);
            }
        }
        assertThat(VoiceEnglish.COMPOSER.ssml(Speech.of(VoiceEnglish.MESSAGES.goodbye()), 3)).isEqualTo("<speak>Goodbye, and take care. " + SPOKEN_END);
    }

    @Test
    void refusalsNameNoSource() {
        Speech speech = VoiceEnglish.COMPOSER.speak(result(Outcome.NOT_IN_LIBRARY,
                "Our health library does not have information that answers this question.", false));
        assertThat(speech.source()).isNull();
    }
}
