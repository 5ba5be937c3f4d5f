package org.healthlibrary.assistant.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * Decides whether the library answers a question well enough to answer from it. A message not
 * about health is OUT_OF_SCOPE and one that matched nothing NOT_IN_LIBRARY; otherwise the
 * {@link CalibratedGate}, fitted on labelled questions, reads the evidence of the best passage
 * ({@link GateEvidence}: scores and margins, coverage, topic and intent match, unknown words) and
 * answers when its probability reaches the fitted operating point; a same-article section may
 * stand in for the best passage. Its reading goes to the trace. An answered
 * decision also names the passages to cite (the only ones a wording may use), chosen here once
 * by the same sufficiency rule: the passage answered from, then further anchored passages
 * covering at least {@code minCoverage}, up to {@code maxCitations}. Immutable, thread-safe.
 */
public final class EvidenceGate {

    /** Endings of medical terms: an unknown word with one is a topic we do not cover. */
    private static final Pattern MEDICAL_ENDING = Pattern.compile(
            ".{3,}(itis|osis|oses|emia|aemia|emias|oma|omas|pathy|ectomy|otomy|algia|penia|cytosis|iasis|plasia"
                    + "|trophy|rrhea|rrhoea|uria|plegia|sclerosis|virus|coccus|ococcal|ergy|mycin|cillin|phobia|philia|sterol"
                    + "|tension|glycemia|thyroid|ism|itis)$");
    /** Nouns that make the word before them a medical topic ("sickle cell disease", "lyme disease"). */
    private static final Pattern HEAD_NOUN = Pattern.compile(
            "disease|diseases|syndrome|syndromes|disorder|disorders|cancer|cancers|infection|infections|fever"
                    + "|deficiency|tumor|tumour|virus|attack|attacks|failure|palsy|anemia|anaemia");
    private static final int HEAD_NOUN_WINDOW = 2;
    /** The rule that refuses a question naming a medical topic the library lacks. */
    public static final String UNKNOWN_MEDICAL_TERM = "evidence:unknown-medical-term";
    /**
     * How many further hits of the best hit's article may stand in for it when it covers too
     * little of the question: retrieval found the right article but ranked a section first
     * for the question's kind ("why does anemia make you tired": Causes) that lacks its words,
     * while another section of the same article has them (Symptoms). Other articles never stand in.
     */
    private static final int SAME_ARTICLE_ALTERNATIVES = 2;

    /** The rule of an answer the fitted gate let through. */
    public static final String CALIBRATED = "evidence:calibrated";
    /** The rule of a refusal by the fitted gate. */
    public static final String NOT_ANSWERED = "evidence:calibrated-refused";

    private final double minCoverage;
    private final int maxCitations;
    private final CalibratedGate calibrated;
    private final boolean decideByModel;

    /**
     * A gate deciding with the fitted model {@code calibrated}, citing further passages that cover
     * at least {@code minCoverage} of the question, at most {@code maxCitations} in all.
     */
    public EvidenceGate(double minCoverage, int maxCitations, CalibratedGate calibrated) {
        this(minCoverage, maxCitations, calibrated, true);
    }

    /**
     * A gate that decides with {@code calibrated} when {@code decideByModel}, else by the coverage
     * rule (the best passage, or one of the next two of its article, anchored and covering at least
     * {@code minCoverage}), recording the fitted gate's reading either way.
     */
    public EvidenceGate(double minCoverage, int maxCitations, CalibratedGate calibrated, boolean decideByModel) {
        this.minCoverage = minCoverage;
        this.maxCitations = maxCitations;
        this.calibrated = calibrated;
        this.decideByModel = decideByModel;
    }

    /** The coverage rule deciding, the shipped fitted gate's reading in the trace. */
    public EvidenceGate(double minCoverage, int maxCitations) {
        this(minCoverage, maxCitations, CalibratedGate.shipped(), false);
    }

    /** The shipped fitted gate citing at most three passages. */
    public EvidenceGate(double minCoverage) {
        this(minCoverage, 3);
    }

    /**
     * The outcome for {@code message} given what retrieval found.
     *
     * @param scope the scope check to use (the shipped vocabulary plus the library's own terms)
     */
    public Decision decide(String message, SearchResult result, ScopeClassifier scope) {
        boolean unknownMedical = namesUnknownMedicalTopic(message, result.terms().unknown(), scope);
        if (!unknownMedical && !isHealthRelated(message, result, scope)) {
            return new Decision(Outcome.OUT_OF_SCOPE, "scope:not-health");
        }
        if (unknownMedical && !decideByModel) {
            return new Decision(Outcome.NOT_IN_LIBRARY, UNKNOWN_MEDICAL_TERM);
        }
        if (result.hits().isEmpty()) {
            return new Decision(Outcome.NOT_IN_LIBRARY, "evidence:no-match");
        }
        CalibratedGate.Reading best = calibrated.read(GateEvidence.of(message, result, unknownMedical));
        if (!decideByModel) {
            return byCoverage(result, best);
        }
        if (best.answers()) {
            return answered(CALIBRATED, result, 0, best);
        }
        SearchHit top = result.hits().getFirst();
        for (int i = 1; i < Math.min(SAME_ARTICLE_ALTERNATIVES + 1, result.hits().size()); i++) {
            SearchHit h = result.hits().get(i);
            if (h.passage().articleId().equals(top.passage().articleId())) {
                CalibratedGate.Reading alt = calibrated.read(GateEvidence.of(message, result.withFirst(i), unknownMedical));
                if (alt.answers()) {
                    return answered(CALIBRATED + "-same-article", result, i, alt);
                }
            }
        }
        return new Decision(Outcome.NOT_IN_LIBRARY, unknownMedical ? UNKNOWN_MEDICAL_TERM : NOT_ANSWERED, -1,
                List.of(), best);
    }

    /** Today's rule: an anchored passage covering enough of the question, or a same-article stand-in. */
    private Decision byCoverage(SearchResult result, CalibratedGate.Reading reading) {
        SearchHit top = result.hits().getFirst();
        if (sufficient(top)) {
            return answered("evidence:sufficient", result, 0, reading);
        }
        for (int i = 1; i < Math.min(SAME_ARTICLE_ALTERNATIVES + 1, result.hits().size()); i++) {
            SearchHit h = result.hits().get(i);
            if (h.passage().articleId().equals(top.passage().articleId()) && sufficient(h)) {
                return answered("evidence:sufficient-same-article", result, i, reading);
            }
        }
        return new Decision(Outcome.NOT_IN_LIBRARY, top.anchored() ? "evidence:low-coverage" : "evidence:topic-not-covered",
                -1, List.of(), reading);
    }

    private Decision answered(String rule, SearchResult result, int hit, CalibratedGate.Reading reading) {
        List<SearchHit> ordered = result.withFirst(hit).hits();
        List<SearchHit> cited = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SearchHit h : ordered) {
            if (cited.size() == maxCitations) {
                break;
            }
            if ((h == ordered.getFirst() || sufficient(h)) && seen.add(h.passage().id())) {
                cited.add(h);
            }
        }
        return new Decision(Outcome.ANSWERED, rule, hit, cited, reading);
    }

    private boolean sufficient(SearchHit hit) {
        return hit.anchored() && hit.coverage() >= minCoverage;
    }

    /**
     * About health: the health vocabulary says so, or a word looks like a medical term, or a
     * word (perhaps after a spelling fix) names one of the library's topics.
     */
    static boolean isHealthRelated(String message, SearchResult result, ScopeClassifier scope) {
        if (scope.isHealthRelated(message) || result.terms().known().stream().anyMatch(w -> w.topic())) {
            return true;
        }
        for (String word : message.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (MEDICAL_ENDING.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when a word the library lacks is itself medical, or sits right before a medical head noun. */
    static boolean namesUnknownMedicalTopic(String message, List<String> unknown, ScopeClassifier scope) {
        return !unknownMedicalTerms(message, unknown, scope).isEmpty();
    }

    /**
     * The words of {@code unknown} (words the library lacks) that are medical topics: medical
     * themselves, or right before a medical head noun ("sickle" in "sickle cell disease"). Only
     * these words are ever kept of a question the library could not answer (the "gaps" report).
     */
    public static List<String> unknownMedicalTerms(String message, List<String> unknown, ScopeClassifier scope) {
        if (unknown.isEmpty()) {
            return List.of();
        }
        List<String> words = List.of(message.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+"));
        List<String> medical = new ArrayList<>();
        for (String u : unknown) {
            if (isMedicalTopic(u, words, scope) && !medical.contains(u)) {
                medical.add(u);
            }
        }
        return List.copyOf(medical);
    }

    private static boolean isMedicalTopic(String u, List<String> words, ScopeClassifier scope) {
        if (MEDICAL_ENDING.matcher(u).matches() || scope.isHealthRelated(u)) {
            return true;
        }
        int at = words.indexOf(u);
        for (int i = at + 1; at >= 0 && i <= Math.min(words.size() - 1, at + HEAD_NOUN_WINDOW); i++) {
            if (HEAD_NOUN.matcher(words.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gate's verdict.
     *
     * @param outcome ANSWERED, NOT_IN_LIBRARY or OUT_OF_SCOPE
     * @param rule    the rule that decided it
     * @param hit     when answered, the hit to answer from (0: the best; else a same-article stand-in); else -1
     * @param cited   when answered, the passages to cite, the one answered from first; else empty
     * @param reading the fitted gate's reading (probability, threshold, each feature's share), or
     *                {@code null} when a rule decided before it (not about health, nothing found)
     */
    public record Decision(Outcome outcome, String rule, int hit, List<SearchHit> cited, CalibratedGate.Reading reading) {

        public Decision {
            cited = List.copyOf(cited);
        }

        /** A verdict the fitted gate did not read. */
        public Decision(Outcome outcome, String rule, int hit, List<SearchHit> cited) {
            this(outcome, rule, hit, cited, null);
        }

        /** A verdict that answers nothing, decided before the fitted gate. */
        public Decision(Outcome outcome, String rule) {
            this(outcome, rule, -1, List.of(), null);
        }
    }
}
