package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The patient-worded question set of the shipped library ({@code questions/patient-worded.jsonl}
 * and {@code questions/patient-worded-conversations.jsonl} on the test class path): messages
 * written by someone who had not read the articles, with labels adjudicated against the
 * articles and a fixed held-out third. Lines starting with {@code #} are the files' header.
 */
final class PatientWordedSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message: its text, its adjudicated label, and whether it is held out of tuning. */
    record Item(String id, String text, BenchLabel label, String split) {
    }

    /** A conversation: its turns, asked in order. */
    record Dialogue(String id, String split, List<Item> turns) {
    }

    private PatientWordedSet() {
    }

    static List<Item> questions() {
        List<Item> out = new ArrayList<>();
        for (JsonNode n : lines("questions/patient-worded.jsonl")) {
            out.add(new Item(n.get("id").asText(), n.get("text").asText(), BenchLabel.of(n), n.get("split").asText()));
        }
        return out;
    }

    static List<Dialogue> conversations() {
        List<Dialogue> out = new ArrayList<>();
        for (JsonNode n : lines("questions/patient-worded-conversations.jsonl")) {
            String id = n.get("id").asText();
            String split = n.get("split").asText();
            List<Item> turns = new ArrayList<>();
            int i = 1;
            for (JsonNode t : n.get("turns")) {
                turns.add(new Item(id + "." + i++, t.get("text").asText(), BenchLabel.of(t), split));
            }
            out.add(new Dialogue(id, split, turns));
        }
        return out;
    }

    private static List<JsonNode> lines(String resource) {
        try (InputStream in = PatientWordedSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Not on the test class path: " + resource);
            }
            List<JsonNode> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
