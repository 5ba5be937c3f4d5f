package org.healthlibrary.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.answer.Outcome;
import org.junit.jupiter.api.Test;

/** Rendering replies as Alexa responses: the size limits, reprompts, cards, session attributes. */
class AlexaResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode render(VoiceReply reply) throws Exception {
        String json = VoiceEnglish.RESPONSES.render(reply);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(AlexaResponses.MAX_RESPONSE_BYTES);
        JsonNode node = JSON.readTree(json);
        if (node.path("response").has("outputSpeech")) {
            assertThat(node.at("/response/outputSpeech/ssml").asText().length()).isLessThan(AlexaResponses.MAX_SPEECH_CHARS);
        }
        return node;
    }

    @Test
    void anOpenSessionHasARepromptAndCarriesItsState() throws Exception {
        var result = SpeechComposerTest.result(Outcome.ANSWERED, "Pancytopenia is not leukemia.", false,
                SpeechComposerTest.PANCYTOPENIA);
        VoiceReply reply = VoiceReply.answer(result, SessionState.start(), VoiceEnglish.COMPOSER);
        JsonNode r = render(new VoiceReply(reply.speech(), reply.card(), false,
                SessionState.start().with(result.conversation().about("pancytopenia", "Pancytopenia")), result));
        assertThat(r.at("/version").asText()).isEqualTo("1.0");
        assertThat(r.at("/response/outputSpeech/type").asText()).isEqualTo("SSML");
        assertThat(r.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(r.at("/response/reprompt/outputSpeech/ssml").asText()).isEqualTo("<speak>" + VoiceEnglish.MESSAGES.reprompt() + "</speak>");
        assertThat(r.at("/sessionAttributes/conversation/lastArticleId").asText()).isEqualTo("pancytopenia");
        assertThat(r.at("/response/card/type").asText()).isEqualTo("Simple");
        assertThat(r.at("/response/card/title").asText()).isEqualTo("Pancytopenia");
        assertThat(r.at("/response/card/content").asText()).isEqualTo("Read the article: "
                + SpeechComposerTest.PANCYTOPENIA.url() + "\n\n" + SafetyEnglish.DISCLAIMER);
    }

    @Test
    void anEndedSessionHasNoRepromptAndNoAttributes() throws Exception {
        JsonNode r = render(VoiceReply.farewell(VoiceEnglish.MESSAGES.goodbye()));
        assertThat(r.at("/response/shouldEndSession").asBoolean()).isTrue();
        assertThat(r.path("response").has("reprompt")).isFalse();
        assertThat(r.path("sessionAttributes").size()).isZero();
        assertThat(r.at("/response/outputSpeech/ssml").asText()).endsWith(SafetyEnglish.DISCLAIMER_SPOKEN + "</speak>");
    }

    @Test
    void aSilentReplyHasNoSpeech() throws Exception {
        JsonNode r = render(VoiceReply.silent());
        assertThat(r.path("response").has("outputSpeech")).isFalse();
        assertThat(r.at("/version").asText()).isEqualTo("1.0");
    }

    @Test
    void oversizedSpeechDropsSentencesButNeverTheEmergencyOrTheDisclaimer() throws Exception {
        String huge = "This sentence is long. ".repeat(150).strip();
        Speech speech = new Speech("Call 911 now.", List.of(huge, huge, huge), "This is from our health library article, X.");
        JsonNode r = render(new VoiceReply(speech, null, true, SessionState.start(), null));
        String ssml = r.at("/response/outputSpeech/ssml").asText();
        assertThat(ssml).startsWith("<speak>Call 911 now. ").endsWith(SafetyEnglish.DISCLAIMER_SPOKEN + "</speak>");
        assertThat(ssml.length()).isLessThan(8000).isGreaterThan(6000);
    }

    @Test
    void aResponseOverTwentyFourKilobytesDropsSentencesUntilItFits() throws Exception {
        String sentence = "Ünïcödé wörds take more bytes than characters in this sentence. ".repeat(60).strip();
        Speech speech = new Speech(null, List.of(sentence, sentence, sentence), null);
        SessionState state = SessionState.start();
        for (int i = 0; i < SessionState.MAX_LAB_VALUES; i++) {
            state = state.withLabValue("analyte" + i, "x".repeat(SessionState.MAX_VALUE_CHARS));
        }
        JsonNode r = render(new VoiceReply(speech, SpeechComposerTest.PANCYTOPENIA, false, state, null));
        assertThat(r.at("/response/outputSpeech/ssml").asText()).endsWith(SafetyEnglish.DISCLAIMER_SPOKEN + "</speak>");
    }

    @Test
    void aHugeAnswerThroughThePipelinePathStaysWithinTheLimits() throws Exception {
        String answer = String.join(" ", Collections.nCopies(2000,
                "Platelets below 50 x10^9/L [1] need care (see https://library.example-hospital.org/a)."));
        var result = SpeechComposerTest.result(Outcome.ANSWERED, answer, false, SpeechComposerTest.PANCYTOPENIA);
        JsonNode r = render(VoiceReply.answer(result, SessionState.start(), VoiceEnglish.COMPOSER));
        String ssml = r.at("/response/outputSpeech/ssml").asText();
        assertThat(ssml).doesNotContain("http", "[1]");
        assertThat(SpokenText.words(ssml)).isLessThan(90 + 40);
    }
}
