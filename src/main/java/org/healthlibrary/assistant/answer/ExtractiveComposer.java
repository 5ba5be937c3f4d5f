package org.healthlibrary.assistant.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.knowledge.Sentences;
import org.healthlibrary.assistant.search.LibraryAnalyzer;
import org.healthlibrary.assistant.search.QueryTerms;
import org.healthlibrary.assistant.search.QuestionIntent;

/**
 * Composes a short answer from the sentences of a passage that answer the question, instead of
 * dumping the whole section. Sentences are scored by the rarity-weighted question words they
 * contain; the first sentence of a Common-questions answer always leads (articles are written
 * so that it answers the question directly). A sentence that introduces a list brings the list
 * with it, and lists are preferred when the question asks for symptoms, causes, treatments,
 * tests or reasons to call. A Common-questions answer of a few sentences is given whole, and a
 * safety instruction of the passage ("call your care team right away", "ask before any
 * supplement") is never cut. The chosen sentences keep their order in the article.
 * Deterministic and thread-safe.
 */
public final class ExtractiveComposer {

    private static final int MAX_WORDS = 90;
    private static final int MAX_LIST_ITEMS = 6;
    /** A common-questions answer this short is given whole: its point may be its last sentence. */
    private static final int WHOLE_ANSWER_UNITS = 5;
    /** A safety instruction in a passage used is never cut ("ask your care team before any supplement"). */
    private static final Pattern SAFETY = Pattern.compile("(?i)\\b(call (your|911|the)|ask your (care team|provider|doctor)"
            + "|ask .{0,40}before|talk (to|with) your (provider|care team|doctor)|do not (start|take|wait)|right away"
            + "|go to the (nearest )?emergency)\\b");
    private static final double LEAD_BONUS = 0.5;
    private static final double LIST_BONUS = 0.6;
    /** Questions whose answer is usually a list (symptoms, causes, treatments, tests, reasons to call). */
    private static final Set<QuestionIntent> LIST_INTENTS = Set.of(QuestionIntent.SYMPTOMS, QuestionIntent.CAUSES,
            QuestionIntent.TREATMENT, QuestionIntent.DIAGNOSIS, QuestionIntent.WHEN_TO_CALL);

    private final LibraryAnalyzer analyzer = LibraryAnalyzer.forIndexing();
    private final int maxSentences;

    public ExtractiveComposer(int maxSentences) {
        this.maxSentences = maxSentences;
    }

    /** The answer text for a question with these terms and intent, from {@code passage}. */
    public String compose(Passage passage, QueryTerms terms, QuestionIntent intent) {
        return String.join(" ", sentences(passage, terms, intent));
    }

    /**
     * The sentences (a list rendered with the sentence that introduces it) chosen from
     * {@code passage} for a question with these terms and intent, in article order.
     */
    public List<String> sentences(Passage passage, QueryTerms terms, QuestionIntent intent) {
        List<Unit> units = units(passage.text());
        if (units.isEmpty()) {
            return List.of();
        }
        double[] scores = new double[units.size()];
        double best = 0;
        for (int i = 0; i < units.size(); i++) {
            scores[i] = score(units.get(i), terms);
            best = Math.max(best, scores[i]);
        }
        boolean question = passage.question() != null;
        if (question && units.size() <= WHOLE_ANSWER_UNITS) {
            return units.stream().map(Unit::render).toList();
        }
        scores[0] += question ? Double.MAX_VALUE / 4 : LEAD_BONUS * Math.max(best, 1);
        if (LIST_INTENTS.contains(intent)) {
            for (int i = 0; i < units.size(); i++) {
                if (!units.get(i).items().isEmpty()) {
                    scores[i] += LIST_BONUS * Math.max(best, 1);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        int words = 0;
        for (int i : order) {
            if (chosen.size() == maxSentences || (scores[i] <= 0 && chosen.size() >= 2)) {
                break;
            }
            int w = units.get(i).words();
            if (!chosen.isEmpty() && words + w > MAX_WORDS) {
                continue;
            }
            chosen.add(i);
            words += w;
        }
        for (int i = 0; i < units.size(); i++) {
            if (!chosen.contains(i) && SAFETY.matcher(units.get(i).sentence()).find()) {
                chosen.add(i);
            }
        }
        chosen.sort(Integer::compare);
        return chosen.stream().map(i -> units.get(i).render()).toList();
    }

    /** The first {@code sentences} sentences of a passage (lists attached), one string each. */
    public static List<String> leadSentences(String text, int sentences) {
        List<Unit> units = units(text);
        return units.subList(0, Math.min(sentences, units.size())).stream().map(Unit::render).toList();
    }

    /** The first {@code sentences} sentences of a passage (lists attached), as plain text. */
    public static String lead(String text, int sentences) {
        List<Unit> units = units(text);
        StringBuilder out = new StringBuilder();
        for (Unit u : units.subList(0, Math.min(sentences, units.size()))) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(u.render());
        }
        return out.toString();
    }

    private double score(Unit unit, QueryTerms terms) {
        Set<String> tokens = new HashSet<>(analyzer.terms(unit.sentence() + " " + String.join(" ", unit.items())));
        double s = 0;
        for (QueryTerms.KnownWord w : terms.known()) {
            if (w.terms().stream().anyMatch(tokens::contains)) {
                s += w.idf();
            }
        }
        return s;
    }

    /** Splits passage text into sentences; list items attach to the sentence that introduces them. */
    static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("- ")) {
                String item = l.substring(2).strip();
                if (!units.isEmpty() && units.getLast().introducesList()) {
                    units.getLast().items().add(item);
                } else {
                    units.add(new Unit(item, new ArrayList<>()));
                }
                continue;
            }
            for (String sentence : Sentences.split(l)) {
                if (!sentence.isBlank()) {
                    units.add(new Unit(sentence.strip(), new ArrayList<>()));
                }
            }
        }
        return units;
    }

    /** A sentence and the list it introduces (if any). */
    record Unit(String sentence, List<String> items) {

        boolean introducesList() {
            return sentence.endsWith(":");
        }

        int words() {
            int n = sentence.split("\\s+").length;
            for (String item : items.subList(0, Math.min(items.size(), MAX_LIST_ITEMS))) {
                n += item.split("\\s+").length;
            }
            return n;
        }

        String render() {
            if (items.isEmpty()) {
                return endWithPeriod(sentence);
            }
            List<String> shown = items.subList(0, Math.min(items.size(), MAX_LIST_ITEMS));
            boolean sentences = shown.stream().allMatch(i -> i.endsWith(".") || i.endsWith("?") || i.endsWith("!"));
            if (sentences) {
                return sentence + " " + String.join(" ", shown);
            }
            List<String> lowered = shown.stream().map(Unit::stripEnd).toList();
            return sentence + " " + String.join("; ", lowered) + ".";
        }

        private static String stripEnd(String s) {
            return s.replaceAll("[.;,]+$", "");
        }

        private static String endWithPeriod(String s) {
            if (s.endsWith(":")) {
                return s.substring(0, s.length() - 1) + ".";
            }
            return s.matches(".*[.!?]$") ? s : s + ".";
        }
    }
}
