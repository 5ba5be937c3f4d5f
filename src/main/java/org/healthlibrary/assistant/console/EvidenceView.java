package org.healthlibrary.assistant.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.LabTrace;
import org.healthlibrary.assistant.answer.NeighbourTrace;
import org.healthlibrary.assistant.answer.SafetyTrace;
import org.healthlibrary.assistant.answer.WordingTrace;

/**
 * An answer trace as the console's evidence page shows it: numbers formatted, absent values
 * named, the case a "save as test case" would create prefilled. Immutable.
 *
 * @param trace      the trace
 * @param rendering  {@code chat} or {@code voice}
 * @param shown      the answer in that rendering (the text, or the voice channel's SSML)
 * @param facts      outcome, rule, intent and the like, in order
 * @param safety     the safety verdict, one fact per check
 * @param wording    how it was worded, one fact per item
 * @param candidates the candidate passages, best first
 * @param stages     time per stage
 * @param caseName   the prefilled case name
 * @param citation   the prefilled acceptable first citation ({@code article#section}), or empty
 */
public record EvidenceView(AnswerTrace trace, String rendering, String shown, List<Fact> facts, List<Fact> safety,
                           List<Fact> wording, List<CandidateRow> candidates, List<Fact> stages, String caseName,
                           String citation) {

    /** A label and its value. */
    public record Fact(String label, String value) {
    }

    /**
     * One candidate passage.
     *
     * @param rank     1 for the best
     * @param article  its article
     * @param section  its section
     * @param fused    the fused retrieval score
     * @param bm25     the BM25 score
     * @param dense    the dense (cosine) score, or "n/a" without embeddings
     * @param coverage the share of the question it covers, as a percentage
     * @param anchored whether the question names its topic
     * @param cited    whether the answer cites it
     */
    public record CandidateRow(int rank, String article, String section, String fused, String bm25, String dense,
                               String coverage, String anchored, String cited) {
    }

    static EvidenceView of(AnswerTrace t, String rendering, String shown) {
        List<Fact> facts = List.of(new Fact("Outcome", t.outcome().name()), new Fact("Deciding rule", t.rule()),
                new Fact("Question intent", blank(t.intent())), new Fact("Asked by", t.origin() == AnswerTrace.Origin.PATIENT
                        ? "a patient" : "staff (not counted as a patient's question)"),
                new Fact("Asked at", t.at().toString()),
                new Fact("Spelling corrections", t.corrections().isEmpty() ? "none" : corrections(t.corrections())),
                new Fact("Terms the library lacks", t.unknownTerms().isEmpty() ? "none" : String.join(", ", t.unknownTerms())),
                new Fact("Draft", t.draft()));
        List<CandidateRow> rows = new ArrayList<>();
        for (int i = 0; i < t.candidates().size(); i++) {
            AnswerTrace.Candidate c = t.candidates().get(i);
            boolean cited = t.citations().stream().anyMatch(x -> x.articleId().equals(c.articleId()) && x.section().equals(c.section()));
            rows.add(new CandidateRow(i + 1, c.articleId(), c.section(), num(c.score()), num(c.bm25()),
                    c.dense() == null ? "n/a" : num(c.dense()), Math.round(c.coverage() * 100) + "%",
                    c.anchored() ? "yes" : "no", cited ? "yes" : "no"));
        }
        List<Fact> stages = t.stageMillis().entrySet().stream()
                .map(e -> new Fact(e.getKey(), String.format(Locale.ROOT, "%.1f ms", e.getValue()))).toList();
        String citation = t.firstCitation().map(EvidenceView::citationKey).orElse("");
        String name = t.message().length() > 80 ? t.message().substring(0, 80) : t.message();
        return new EvidenceView(t, rendering, shown == null ? "" : shown, facts, safety(t.safety()), wording(t.wording()),
                rows, stages, name.strip(), citation);
    }

    /** The outcome's name, e.g. {@code ANSWERED}. */
    public String outcomeName() {
        return trace.outcome().name();
    }

    /** The lab report, or {@code null}. */
    public LabTrace lab() {
        return trace.lab();
    }

    /** The citations, main source first. */
    public List<Citation> citations() {
        return trace.citations();
    }

    static String citationKey(Citation c) {
        return c.section() == null || c.section().isBlank() ? c.articleId() : c.articleId() + "#" + c.section();
    }

    private static List<Fact> safety(SafetyTrace s) {
        if (s == null) {
            return List.of(new Fact("Safety screen", "not run"));
        }
        return List.of(new Fact("Red-flag rule", s.redFlagRule() == null ? "none" : s.redFlagRule() + " (" + s.redFlagCategory() + ")"),
                new Fact("Injection attempt", yesNo(s.injection())), new Fact("Dose request", yesNo(s.doseRequest())),
                new Fact("Diagnosis request", yesNo(s.diagnosisRequest())),
                new Fact("False premise", s.premiseRule() == null ? "none" : s.premiseRule()),
                new Fact("About health", yesNo(s.healthRelated())),
                new Fact("Cautions", s.cautions().isEmpty() ? "none" : String.join(", ", s.cautions())),
                new Fact("Second opinion (nearest labelled messages)", neighbours(s.neighbours())));
    }

    private static String neighbours(NeighbourTrace n) {
        if (n == null) {
            return "not run";
        }
        String prefilter = n.prefilterPassed() == null ? "" : "prefilter " + (n.prefilterPassed() ? "passed" : "stopped it")
                + " (margin " + num(n.prefilterMargin()) + "; nearest emergency by retrieval's model "
                + num(n.prefilterSimilarity()) + " '" + n.prefilterNearest() + "')";
        if (n.model() == null) {
            return prefilter + "; vote not run";
        }
        prefilter = prefilter.isEmpty() ? "" : prefilter + "; ";
        String verdict = n.category() == null ? "no emergency" : "emergency " + n.category();
        String emergency = n.nearestEmergency() == null ? "none among the voters"
                : num(n.emergencySimilarity()) + " '" + n.nearestEmergency() + "'";
        return prefilter + "vote by " + n.model() + ": " + verdict + "; nearest " + num(n.nearestSimilarity()) + " '"
                + n.nearest() + "' (" + n.nearestLabel() + "); nearest emergency " + emergency + "; emergency share "
                + num(n.emergencyShare());
    }

    private static List<Fact> wording(WordingTrace w) {
        if (w == null) {
            return List.of(new Fact("Wording", "not final"));
        }
        return List.of(new Fact("Worded", w.mode()),
                new Fact("Fallback", w.fallback() == null ? "none" : w.fallback()),
                new Fact("Guardrail rejections", w.rejections().isEmpty() ? "none" : String.join(", ", w.rejections())),
                new Fact("Streamed", yesNo(w.streamed())));
    }

    private static String corrections(Map<String, String> fixes) {
        return fixes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " \u2192 " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "none (no retrieval)" : s;
    }
}
