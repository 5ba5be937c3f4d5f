package org.healthlibrary.assistant.voice;

import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import java.nio.charset.StandardCharsets;
import org.healthlibrary.assistant.http.ApiException;

/** Reads and writes Alexa Skills Kit envelopes with the SDK's own serializer. Thread-safe. */
final class AlexaJson {

    private static final JacksonSerializer SERIALIZER = new JacksonSerializer();

    private AlexaJson() {
    }

    /** The request in {@code body}; a 400 when it is not an Alexa request envelope. */
    static RequestEnvelope read(byte[] body) {
        RequestEnvelope envelope;
        try {
            envelope = SERIALIZER.deserialize(new String(body, StandardCharsets.UTF_8), RequestEnvelope.class);
        } catch (AskSdkException e) {
            throw ApiException.badRequest("malformed_json",
                    "The body is not a valid Alexa Skills Kit request envelope (JSON).");
        }
        if (envelope == null || envelope.getRequest() == null) {
            throw ApiException.badRequest("missing_request", "The Alexa request envelope has no 'request'.");
        }
        return envelope;
    }

    /** The JSON of a response envelope. */
    static String write(ResponseEnvelope envelope) {
        return SERIALIZER.serialize(envelope);
    }
}
