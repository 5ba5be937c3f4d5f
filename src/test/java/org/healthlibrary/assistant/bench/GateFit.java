package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthlibrary.assistant.answer.GateEvidence;

/**
 * Fits the evidence gate on the answer benchmark's feature rows ({@code AnswerBench --features}):
 * a logistic regression, on the "tune" rows only, of "answering from the best passage is right"
 * (the question is answerable and the best passage is an acceptable one) on standardised
 * features, each question set weighted equally; then the lowest threshold whose tune answers are
 * at most {@code --max-wrong} (default 2%) wrong. Prints the weights, the threshold, and precision
 * and recall of ANSWERED on the tune and the held-out rows of each set, and writes the fitted gate
 * as JSON ({@code --out}) for {@code answer}'s calibrated gate to load.
 *
 * <pre>GateFit --rows a.jsonl,b.jsonl [--out src/main/resources/gate/evidence-gate.json] [--max-wrong 0.02] [--l2 0.02]</pre>
 */
public final class GateFit {

    static final List<String> FEATURES = GateEvidence.NAMES;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(String set, String split, double[] x, int y, String outcome) {
    }

    public static void main(String[] args) throws Exception {
        AnswerBench.Args a = new AnswerBench.Args(args);
        List<Row> rows = new ArrayList<>();
        for (String f : a.get("--rows", "").split(",")) {
            for (String line : Files.readAllLines(Path.of(f))) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    rows.add(new Row(n.get("set").asText(), n.get("split").asText(), raw(n), n.get("topCorrect").asInt(),
                            n.get("outcome").asText()));
                }
            }
        }
        double maxWrong = Double.parseDouble(a.get("--max-wrong", "0.02"));
        List<Row> tune = rows.stream().filter(r -> r.split().equals("tune")).toList();
        int d = FEATURES.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (Row r : tune) {
            for (int j = 0; j < d; j++) {
                mean[j] += r.x()[j] / tune.size();
            }
        }
        for (Row r : tune) {
            for (int j = 0; j < d; j++) {
                sd[j] += Math.pow(r.x()[j] - mean[j], 2) / tune.size();
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]) > 1e-9 ? Math.sqrt(sd[j]) : 1;
        }
        Map<String, Integer> perSet = new LinkedHashMap<>();
        tune.forEach(r -> perSet.merge(r.set(), 1, Integer::sum));
        double[] w = new double[d + 1];
        double lambda = Double.parseDouble(a.get("--l2", "0.02"));
        for (int it = 0; it < 3000; it++) {
            double[] g = new double[d + 1];
            double total = 0;
            for (Row r : tune) {
                double sw = 1.0 / perSet.get(r.set());
                double p = sigmoid(dot(w, r.x(), mean, sd));
                double e = (p - r.y()) * sw;
                g[d] += e;
                for (int j = 0; j < d; j++) {
                    g[j] += e * (r.x()[j] - mean[j]) / sd[j];
                }
                total += sw;
            }
            for (int j = 0; j <= d; j++) {
                w[j] -= 0.5 * (g[j] / total + (j < d ? lambda * w[j] : 0));
            }
        }
        double threshold = threshold(tune, w, mean, sd, perSet, maxWrong);
        System.out.println("feature | mean | sd | weight (standardised)");
        for (int j = 0; j < d; j++) {
            System.out.printf(Locale.ROOT, "%s | %.4f | %.4f | %+.4f%n", FEATURES.get(j), mean[j], sd[j], w[j]);
        }
        System.out.printf(Locale.ROOT, "bias %+.4f, threshold %.4f (tune answers at most %.1f%% wrong)%n%n", w[d],
                threshold, 100 * maxWrong);
        System.out.println("| set | split | n | answerable-and-right | gate ANSWERED | precision | recall | today's pipeline: precision | recall |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.set() + " | " + r.split(), k -> new ArrayList<>()).add(r));
        groups.forEach((k, g) -> report(k, g, w, mean, sd, threshold));
        String out = a.get("--out", null);
        if (out != null) {
            ObjectNode gate = JSON.createObjectNode();
            gate.put("about", "Evidence gate fitted by GateFit on the tune parts of AnswerBench's feature rows: "
                    + "logistic regression of 'answering from the best passage is right'; answer when p >= threshold.");
            gate.put("threshold", threshold);
            gate.put("bias", w[d]);
            ArrayNode fs = gate.putArray("features");
            for (int j = 0; j < d; j++) {
                fs.addObject().put("name", FEATURES.get(j)).put("mean", mean[j]).put("sd", sd[j]).put("weight", w[j]);
            }
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(gate) + "\n");
            System.out.println("Wrote " + out);
        }
    }

    static double[] raw(JsonNode n) {
        double[] x = new double[FEATURES.size()];
        for (int j = 0; j < x.length; j++) {
            JsonNode v = n.get(FEATURES.get(j));
            if (v == null) {
                throw new IllegalArgumentException("Row " + n.path("id").asText() + " lacks feature " + FEATURES.get(j));
            }
            x[j] = v.asDouble();
        }
        return x;
    }

    private static double threshold(List<Row> tune, double[] w, double[] mean, double[] sd, Map<String, Integer> perSet,
                                    double maxWrong) {
        for (int k = 1; k <= 99; k++) {
            double t = k / 100.0;
            double answered = 0;
            double wrong = 0;
            for (Row r : tune) {
                if (sigmoid(dot(w, r.x(), mean, sd)) >= t) {
                    double sw = 1.0 / perSet.get(r.set());
                    answered += sw;
                    wrong += r.y() == 0 ? sw : 0;
                }
            }
            if (answered > 0 && wrong / answered <= maxWrong) {
                return t;
            }
        }
        return 0.99;
    }

    private static void report(String key, List<Row> g, double[] w, double[] mean, double[] sd, double t) {
        int right = 0;
        int answered = 0;
        int answeredRight = 0;
        int todayAnswered = 0;
        int todayRight = 0;
        for (Row r : g) {
            right += r.y();
            boolean yes = sigmoid(dot(w, r.x(), mean, sd)) >= t;
            answered += yes ? 1 : 0;
            answeredRight += yes && r.y() == 1 ? 1 : 0;
            boolean today = r.outcome().equals("ANSWERED") || r.outcome().equals("LAB_RESULT");
            todayAnswered += today ? 1 : 0;
            todayRight += today && r.y() == 1 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", key, g.size(), right, answered,
                ratio(answeredRight, answered), ratio(answeredRight, right), ratio(todayRight, todayAnswered),
                ratio(todayRight, right));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    static double dot(double[] w, double[] x, double[] mean, double[] sd) {
        double s = w[x.length];
        for (int j = 0; j < x.length; j++) {
            s += w[j] * (x[j] - mean[j]) / sd[j];
        }
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
