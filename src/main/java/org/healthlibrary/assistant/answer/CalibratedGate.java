package org.healthlibrary.assistant.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fitted part of the evidence gate: a logistic model of "answering from the best passage
 * is right", fitted by the answer benchmark's {@code GateFit} on labelled questions nobody tuned
 * by hand (MedQuAD questions whose topic is in the index or was removed from it, and the
 * patient-worded questions of the shipped library; held-out parts kept out), read from
 * {@code gate/evidence-gate.json} on the class path. The threshold is the fit's operating point
 * (at most 2% wrong answers on the tuning data). Immutable, thread-safe.
 */
public final class CalibratedGate {

    /** The model on the class path. */
    public static final String RESOURCE = "gate/evidence-gate.json";

    private final List<Feature> features;
    private final double bias;
    private final double threshold;

    /** One feature's standardisation and weight. */
    public record Feature(String name, double mean, double sd, double weight) {
    }

    /**
     * The gate's reading of one retrieval, for the trace.
     *
     * @param probability   the fitted probability that answering from the best passage is right
     * @param threshold     the operating point
     * @param contributions each feature's {@code name=value*weight} share of the score, in order
     */
    public record Reading(double probability, double threshold, List<String> contributions) {

        /** True when the probability reaches the threshold. */
        public boolean answers() {
            return probability >= threshold;
        }

        /** A one-line summary for the trace. */
        public String summary() {
            return String.format(Locale.ROOT, "p=%.3f threshold=%.2f %s", probability, threshold, contributions);
        }
    }

    CalibratedGate(List<Feature> features, double bias, double threshold) {
        this.features = List.copyOf(features);
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The model shipped on the class path. */
    public static CalibratedGate shipped() {
        try (InputStream in = CalibratedGate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The fitted evidence gate " + RESOURCE + " is not on the class path");
            }
            JsonNode n = new ObjectMapper().readTree(in);
            List<Feature> fs = new ArrayList<>();
            for (JsonNode f : n.get("features")) {
                String name = f.get("name").asText();
                if (!GateEvidence.NAMES.contains(name)) {
                    throw new IllegalStateException(RESOURCE + " names an unknown feature '" + name + "'");
                }
                fs.add(new Feature(name, f.get("mean").asDouble(), f.get("sd").asDouble(), f.get("weight").asDouble()));
            }
            return new CalibratedGate(fs, n.get("bias").asDouble(), n.get("threshold").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gate's reading of the evidence. */
    public Reading read(GateEvidence evidence) {
        double z = bias;
        List<String> parts = new ArrayList<>();
        for (Feature f : features) {
            double v = evidence.get(f.name());
            double share = f.weight() * (v - f.mean()) / f.sd();
            z += share;
            parts.add(String.format(Locale.ROOT, "%s=%.3f(%+.2f)", f.name(), v, share));
        }
        return new Reading(1 / (1 + Math.exp(-z)), threshold, parts);
    }

    /** The features with their fitted weights, in order. */
    public List<Feature> features() {
        return features;
    }

    public double threshold() {
        return threshold;
    }
}
