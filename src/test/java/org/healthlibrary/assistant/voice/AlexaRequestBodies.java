package org.healthlibrary.assistant.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Real-shaped Alexa request bodies from the templates in {@code src/test/resources/voice/}, and
 * their {@code Signature-256}. Placeholders are {@code {{name}}}; string values are JSON-escaped,
 * {@code attributes} is inserted as raw JSON.
 */
final class AlexaRequestBodies {

    static final String APPLICATION_ID = "amzn1.ask.skill.0f6a9d2e-4b1c-4e3a-9f7d-5c2b8a1e6d40";

    private final String template;
    private final Map<String, String> values = new HashMap<>();

    private AlexaRequestBodies(String template) {
        this.template = template;
        values.put("applicationId", APPLICATION_ID);
        values.put("timestamp", Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"));
        values.put("requestId", UUID.randomUUID().toString());
        values.put("sessionNew", "false");
        values.put("attributes", "{}");
    }

    /** The template {@code voice/<name>.json}. */
    static AlexaRequestBodies of(String name) {
        try (InputStream in = AlexaRequestBodies.class.getResourceAsStream("/voice/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No template voice/" + name + ".json");
            }
            return new AlexaRequestBodies(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a string placeholder. */
    AlexaRequestBodies with(String name, String value) {
        values.put(name, value);
        return this;
    }

    AlexaRequestBodies timestamp(Instant at) {
        return with("timestamp", at.toString());
    }

    /** Sets the session attributes (raw JSON object). */
    AlexaRequestBodies attributes(String json) {
        values.put("attributes", json);
        return this;
    }

    String json() {
        String out = template;
        for (var e : values.entrySet()) {
            boolean raw = e.getKey().equals("attributes") || e.getKey().equals("sessionNew");
            out = out.replace("{{" + e.getKey() + "}}", raw ? e.getValue() : escape(e.getValue()));
        }
        if (out.contains("{{")) {
            throw new IllegalStateException("Unfilled placeholder in " + out);
        }
        return out;
    }

    byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** The base64 SHA256withRSA signature of {@code body} with {@code key}. */
    static String sign(byte[] body, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(body);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
