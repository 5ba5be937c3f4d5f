package org.healthlibrary.assistant.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The shipped exemplar messages of the meaning-based second opinion
 * ({@code safety/exemplars.jsonl}, one JSON object a line: {@code text}, {@code emergency},
 * {@code category} and {@code crisis} for emergencies, {@code kind}, {@code source}), and the
 * fingerprint their precomputed vectors are checked against ({@link ExemplarVectors}).
 *
 * <p>A bad line fails with the resource and line number. Stateless; thread-safe.
 */
public final class SafetyExemplars {

    /** The shipped exemplar file. */
    public static final String RESOURCE = "/safety/exemplars.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SafetyExemplars() {
    }

    /** The shipped exemplars, in file order. */
    public static List<SafetyExemplar> shipped() {
        try (InputStream in = SafetyExemplars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads exemplars from JSON lines; {@code name} is used in error messages. */
    public static List<SafetyExemplar> read(InputStream in, String name) throws IOException {
        List<SafetyExemplar> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode j = JSON.readTree(line);
                boolean emergency = j.path("emergency").asBoolean(false);
                RedFlagCategory category = emergency ? RedFlagCategory.valueOf(j.get("category").asText()) : null;
                out.add(new SafetyExemplar(j.get("text").asText(), emergency, category,
                        j.path("crisis").asBoolean(false), j.path("kind").asText("unknown"),
                        j.path("source").asText("labelled")));
            } catch (RuntimeException | IOException e) {
                throw new IllegalStateException(name + ":" + n + ": bad exemplar: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * SHA-256 (hex) of the exemplars' texts in order: the vectors shipped for them must carry
     * the same fingerprint, so an edited exemplar file without regenerated vectors is caught.
     */
    public static String fingerprint(List<SafetyExemplar> exemplars) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SafetyExemplar e : exemplars) {
                sha.update(e.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
