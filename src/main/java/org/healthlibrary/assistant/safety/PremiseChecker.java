package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Sentences;

/**
 * Finds a false premise that the library contradicts ("since pancytopenia is contagious...",
 * "pancytopenia means cancer, so...", "anemia is always from low iron") and returns the fixed
 * correction with the article that supports it. Rules are the entries of
 * {@code safety/false-premises.txt}.
 *
 * <p>Contract: a belief stated as fact, or a question that takes it for granted ("how did I
 * catch pancytopenia from my coworker?"), gives a correction. A plain question about the
 * belief ("is pancytopenia contagious?", "is it true that pancytopenia is contagious?") and a
 * negated or disowned one ("pancytopenia isn't contagious", "it's a myth that ...") give
 * {@link Optional#empty()}: the library answers those itself.
 *
 * <p>Why: agreeing with a false premise ("since it is contagious, keep your children away")
 * would spread the error; the answer must correct it first. Immutable and thread-safe.
 */
public final class PremiseChecker {

    private static final String RESOURCE = "/safety/false-premises.txt";

    private static final Pattern VERIFY = Pattern.compile(
            "\\b(?:is (?:that|it|this) (?:true|correct|a myth|a fact|accurate)|true or false|is it true|fact or myth"
            + "|myth or fact)\\b");
    private static final Pattern DISOWNED_BEFORE = Pattern.compile(
            "\\b(?:myth|not true|isn't true|false|wrong|misconception|don't believe|doesn't mean|didn't mean|not that"
            + "|never said|no longer think|used to think|stopped believing|don't think|doubt|rumou?r)\\b[^.!?]{0,40}$");
    private static final Pattern QUESTION_START = Pattern.compile(
            "^\\s*(?:is|are|was|does|do|did|can|could|will|would|should|how|what|why|when|which|who|where|isn't|aren't"
            + "|doesn't|don't)(?![a-z'])");
    private static final Pattern LEAD_IN = Pattern.compile(
            "\\b(?:since|because|as|given|now that|knowing|i know|i heard|i read|they said|told me|so|which means|considering)\\b");
    private static final Pattern ONLY_QUESTION_MARK = Pattern.compile("^\\W*\\?\\W*$");

    private record Premise(String id, String articleId, String correction, List<PatternSet.Named> claims,
                           List<PatternSet.Named> presuppositions) {
    }

    private final List<Premise> premises;

    private PremiseChecker(List<Premise> premises) {
        this.premises = List.copyOf(premises);
    }

    /** The checker with the shipped premises. */
    public static PremiseChecker standard() {
        return Holder.STANDARD;
    }

    /** The correction for the first false premise the message states or presupposes, if any. */
    public Optional<PremiseCorrection> check(String message) {
        return checkNormalized(CanonicalText.normalize(message));
    }

    /** The article ids the corrections cite; for tests that check them against the library. */
    public Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        premises.forEach(p -> ids.add(p.articleId()));
        return Set.copyOf(ids);
    }

    /** Every claim and presupposition pattern, for tests of {@link LiteralGate}. */
    List<PatternSet.Named> patterns() {
        List<PatternSet.Named> all = new ArrayList<>();
        premises.forEach(p -> {
            all.addAll(p.claims());
            all.addAll(p.presuppositions());
        });
        return all;
    }

    /** Same as {@link #check} for text already normalised by {@link CanonicalText}. */
    Optional<PremiseCorrection> checkNormalized(String text) {
        if (text.isEmpty() || VERIFY.matcher(text).find()) {
            return Optional.empty();
        }
        for (int[] span : Sentences.spans(text)) {
            String sentence = text.substring(span[0], span[1]);
            for (Premise p : premises) {
                if (states(p, sentence)) {
                    return Optional.of(new PremiseCorrection(p.correction(), p.articleId(), p.id()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean states(Premise p, String sentence) {
        for (PatternSet.Named q : p.presuppositions()) {
            if (q.foundIn(sentence)) {
                return true;
            }
        }
        for (PatternSet.Named claim : p.claims()) {
            if (!claim.gate().mightMatch(sentence)) {
                continue;
            }
            Matcher m = claim.pattern().matcher(sentence);
            while (m.find()) {
                String before = sentence.substring(0, m.start());
                if (!DISOWNED_BEFORE.matcher(before).find() && !isPlainQuestion(before, sentence.substring(m.end()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "is pancytopenia ...", "does a biopsy need ..." or a bare "pancytopenia is contagious?". */
    private static boolean isPlainQuestion(String before, String after) {
        String clause = before.substring(before.lastIndexOf(',') + 1);
        if (QUESTION_START.matcher(clause).find()) {
            return !LEAD_IN.matcher(clause).find();
        }
        return clause.isBlank() && ONLY_QUESTION_MARK.matcher(after).find();
    }

    private static List<Premise> load() {
        List<Premise> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFile.Entry e : RuleFile.load(RESOURCE).entries()) {
            if (!e.key().equals("premise")) {
                throw e.fail("expected 'premise <rule-id> <article-id>'");
            }
            String[] idArticle = e.firstAndRest();
            if (idArticle[1].isBlank() || idArticle[1].contains(" ")) {
                throw e.fail("expected 'premise <rule-id> <article-id>'");
            }
            if (!ids.add(idArticle[0])) {
                throw e.fail("duplicate premise id '" + idArticle[0] + "'");
            }
            String correction = null;
            List<PatternSet.Named> claims = new ArrayList<>();
            List<PatternSet.Named> presuppositions = new ArrayList<>();
            for (RuleFile.Entry c : e.children()) {
                switch (c.key()) {
                    case "correction" -> correction = c.value();
                    case "claim" -> claims.add(PatternSet.Named.of(idArticle[0], c.compile(c.value())));
                    case "presupposes" -> presuppositions.add(PatternSet.Named.of(idArticle[0], c.compile(c.value())));
                    default -> throw c.fail("unknown key '" + c.key() + "' (correction, claim, presupposes)");
                }
            }
            if (correction == null || correction.isBlank() || claims.isEmpty()) {
                throw e.fail("premise needs a correction and at least one claim");
            }
            out.add(new Premise(idArticle[0], idArticle[1], correction, List.copyOf(claims), List.copyOf(presuppositions)));
        }
        return out;
    }

    private static final class Holder {
        static final PremiseChecker STANDARD = new PremiseChecker(load());
    }
}
