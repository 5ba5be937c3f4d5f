package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.nio.charset.StandardCharsets;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.safety.DisclaimerPolicy;

/**
 * Renders a {@link VoiceReply} as an Alexa response envelope (JSON) within Alexa's limits:
 * outputSpeech under {@value #MAX_SPEECH_CHARS} characters and the whole response under
 * {@value #MAX_RESPONSE_BYTES} bytes. When a rendering is too large, answer sentences are
 * dropped from the end, one at a time; the emergency guidance and the disclaimer are never
 * dropped. Open sessions get a reprompt; the card is a simple card with the article's title,
 * its link and the written disclaimer. Stateless and thread-safe.
 */
final class AlexaResponses {

    static final int MAX_SPEECH_CHARS = 8000;
    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    static final int MAX_CARD_FIELD_CHARS = 1000;

    private AlexaResponses() {
    }

    /** The response JSON for {@code reply}. */
    static String render(VoiceReply reply) {
        if (reply.speech() == null) {
            return AlexaJson.write(ResponseEnvelope.builder().withVersion("1.0")
                    .withResponse(Response.builder().build()).build());
        }
        SimpleCard card = card(reply.card());
        for (int n = reply.speech().sentences().size(); n >= 0; n--) {
            String ssml = SpeechComposer.ssml(reply.speech(), n);
            if (ssml.length() >= MAX_SPEECH_CHARS) {
                continue;
            }
            String json = AlexaJson.write(envelope(reply, ssml, card, true));
            if (json.getBytes(StandardCharsets.UTF_8).length < MAX_RESPONSE_BYTES) {
                return json;
            }
        }
        // Only reachable with oversized attributes or card: keep the guidance and the disclaimer, drop the rest.
        return AlexaJson.write(envelope(reply, SpeechComposer.ssml(reply.speech(), 0), null, false));
    }

    private static ResponseEnvelope envelope(VoiceReply reply, String ssml, SimpleCard card, boolean withAttributes) {
        Response.Builder response = Response.builder()
                .withOutputSpeech(SsmlOutputSpeech.builder().withSsml(ssml).build())
                .withShouldEndSession(reply.endSession());
        if (card != null) {
            response.withCard(card);
        }
        if (!reply.endSession()) {
            response.withReprompt(Reprompt.builder().withOutputSpeech(SsmlOutputSpeech.builder()
                    .withSsml(SpeechComposer.promptSsml(SpeechComposer.REPROMPT)).build()).build());
        }
        ResponseEnvelope.Builder envelope = ResponseEnvelope.builder().withVersion("1.0").withResponse(response.build());
        if (!reply.endSession() && withAttributes) {
            envelope.withSessionAttributes(reply.state().toAttributes());
        }
        return envelope.build();
    }

    private static SimpleCard card(Citation source) {
        if (source == null || source.title() == null || source.url() == null
                || source.title().length() > MAX_CARD_FIELD_CHARS || source.url().length() > MAX_CARD_FIELD_CHARS) {
            return null;
        }
        return SimpleCard.builder()
                .withTitle(source.title())
                .withContent("Read the article: " + source.url() + "\n\n" + DisclaimerPolicy.TEXT)
                .build();
    }
}
