package org.healthlibrary.assistant.voice;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.safety.SafetyMessages;

/**
 * Renders a {@link VoiceReply} as an Alexa response envelope (JSON) within Alexa's limits:
 * outputSpeech under {@value #MAX_SPEECH_CHARS} characters and the whole response under
 * {@value #MAX_RESPONSE_BYTES} bytes. When a rendering is too large, answer sentences are
 * dropped from the end, one at a time; the emergency guidance and the disclaimer are never
 * dropped. Open sessions get a reprompt; the card is a simple card with the article's title,
 * its link and the written disclaimer (the one place the card gets it). Wording from the
 * {@code voice} and {@code safety} bundles. A CDI bean; stateless and thread-safe.
 */
@Singleton
final class AlexaResponses {

    static final int MAX_SPEECH_CHARS = 8000;
    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    static final int MAX_CARD_FIELD_CHARS = 1000;

    private final SpeechComposer composer;
    private final VoiceMessages messages;
    private final SafetyMessages safety;

    AlexaResponses(SpeechComposer composer, VoiceMessages messages, SafetyMessages safety) {
        this.composer = composer;
        this.messages = messages;
        this.safety = safety;
    }

    /** The response JSON for {@code reply}. */
    String render(VoiceReply reply) {
        if (reply.speech() == null) {
            return AlexaJson.write(ResponseEnvelope.builder().withVersion("1.0")
                    .withResponse(Response.builder().build()).build());
        }
        SimpleCard card = card(reply.card());
        for (int n = reply.speech().sentences().size(); n >= 0; n--) {
            String ssml = composer.ssml(reply.speech(), n);
            if (ssml.length() >= MAX_SPEECH_CHARS) {
                continue;
            }
            String json = AlexaJson.write(envelope(reply, ssml, card, true));
            if (json.getBytes(StandardCharsets.UTF_8).length < MAX_RESPONSE_BYTES) {
                return json;
            }
        }
        // Only reachable with oversized attributes or card: keep the guidance and the disclaimer, drop the rest.
        return AlexaJson.write(envelope(reply, composer.ssml(reply.speech(), 0), null, false));
    }

    private ResponseEnvelope envelope(VoiceReply reply, String ssml, SimpleCard card, boolean withAttributes) {
        Response.Builder response = Response.builder()
                .withOutputSpeech(SsmlOutputSpeech.builder().withSsml(ssml).build())
                .withShouldEndSession(reply.endSession());
        if (card != null) {
            response.withCard(card);
        }
        if (!reply.endSession()) {
            response.withReprompt(Reprompt.builder().withOutputSpeech(SsmlOutputSpeech.builder()
                    .withSsml(composer.repromptSsml()).build()).build());
        }
        ResponseEnvelope.Builder envelope = ResponseEnvelope.builder().withVersion("1.0").withResponse(response.build());
        if (!reply.endSession() && withAttributes) {
            envelope.withSessionAttributes(reply.state().toAttributes());
        }
        return envelope.build();
    }

    private SimpleCard card(Citation source) {
        if (source == null || source.title() == null || source.url() == null
                || source.title().length() > MAX_CARD_FIELD_CHARS || source.url().length() > MAX_CARD_FIELD_CHARS) {
            return null;
        }
        return SimpleCard.builder()
                .withTitle(source.title())
                .withContent(messages.card(source.url(), safety.disclaimer()))
                .build();
    }
}
