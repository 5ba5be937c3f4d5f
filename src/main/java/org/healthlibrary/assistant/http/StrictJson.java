package org.healthlibrary.assistant.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Makes request bodies mean exactly what they say: a text field given a number or a boolean
 * ({@code {"message": 123}}, {@code {"message": true}}, a numeric {@code sessionId}) is rejected
 * rather than turned into the text "123", and anything after the JSON value
 * ({@code {"message": "hi"} {}}) is rejected rather than ignored. Both become 400s through
 * {@link JsonReadExceptionMapper}.
 *
 * <p>Only the REST layer reads with this strict copy of the service's ObjectMapper (a JAX-RS
 * context resolver): the shared mapper stays lenient, because libraries that use it (LangChain4j's
 * chat-message codec, for stored chat memory) read JSON token by token and would fail on the
 * trailing-token check. Immutable after construction; thread-safe.
 */
@Provider
@Singleton
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictJson(ObjectMapper shared) {
        this.strict = shared.copy();
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
