package org.healthlibrary.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The red-flag screen: decides, before retrieval and before any model, whether a message
 * describes an emergency from CLINICAL-REFERENCE.md section 5, in the words people actually
 * use ("can't catch my breath", "my nose won't stop bleeding", "I want to end it all").
 *
 * <p>Contract: {@link #screen(String, ClinicalContext)} returns an emergency when any rule of
 * {@code safety/red-flags.txt} matches the normalised message ({@link CanonicalText}) at a
 * mention that is affirmed ({@link MentionAnalysis}: not negated, not in the past, not
 * hypothetical, not a general question), or when a present fever meets low white cells or
 * chemotherapy ({@link NeutropenicFeverRule}). A vaguely altered state ("really out of it") with such a fever said
 * outright is neutropenic fever (sepsis in someone with low counts, whose guidance says so): rules
 * marked {@code after-fever} yield to it.
 * Otherwise {@link RedFlagResult#none()}. It never
 * throws on any input text, including {@code null} and very long or adversarial strings.
 *
 * <p>Design: sensitivity comes first. Every uncertain reading resolves to "emergency": a
 * negation reaches back only a few words within a clause, and a present cue ("now", "still",
 * "again") overrides a past one. User text cannot turn the screen off: it runs on the raw
 * message, whatever instructions the message contains.
 *
 * <p>Immutable and thread-safe; rules are compiled once. Cost is linear in message length
 * (bounded repetition only), well under a millisecond for a chat message.
 */
public final class RedFlagScreen {

    private static final String RESOURCE = "/safety/red-flags.txt";

    /**
     * A fever said outright (or a reading): with it, confusion in someone with low counts is
     * neutropenic fever; "feels hot" alone leaves the confusion first.
     */
    private static final Pattern EXPLICIT_FEVER = Pattern.compile(
            "\\b(?:fever|fevers|febrile|chills|rigors|temp(?:erature)? (?:of|is|was|at) \\d|fiebre|escalofr[ií]os)\\b");

    private final List<RedFlagRule> symptomRules;
    private final List<RedFlagRule> crisisCues;
    private final List<RedFlagRule> selfHarmRules;
    private final NeutropenicFeverRule neutropenicFever;

    private RedFlagScreen(List<RedFlagRule> rules) {
        List<RedFlagRule> symptoms = new ArrayList<>();
        List<RedFlagRule> fever = new ArrayList<>();
        List<RedFlagRule> context = new ArrayList<>();
        List<RedFlagRule> cues = new ArrayList<>();
        for (RedFlagRule r : rules) {
            switch (r.kind()) {
                case RedFlagRule.FEVER -> fever.add(r);
                case RedFlagRule.FEVER_CONTEXT -> context.add(r);
                case RedFlagRule.CRISIS_CUE -> cues.add(r);
                default -> symptoms.add(r);
            }
        }
        if (fever.isEmpty() || context.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " needs FEVER and FEVER_CONTEXT rules");
        }
        this.symptomRules = List.copyOf(symptoms);
        this.crisisCues = List.copyOf(cues);
        this.selfHarmRules = symptoms.stream().filter(r -> r.category() == RedFlagCategory.SELF_HARM).toList();
        this.neutropenicFever = new NeutropenicFeverRule(fever, context);
    }

    /** The screen with the shipped rules. */
    public static RedFlagScreen standard() {
        return Holder.STANDARD;
    }

    /** Screens a message with no clinical context beyond the message itself. */
    public RedFlagResult screen(String message) {
        return screen(message, ClinicalContext.none());
    }

    /**
     * Screens a message. {@code context} says what is already known (low white cells,
     * chemotherapy) so that "I have a fever" alone can be an emergency.
     */
    public RedFlagResult screen(String message, ClinicalContext context) {
        return screenNormalized(CanonicalText.normalize(message), context);
    }

    /** Same as {@link #screen(String, ClinicalContext)} for text already normalised by {@link CanonicalText}. */
    RedFlagResult screenNormalized(String text, ClinicalContext context) {
        Objects.requireNonNull(context, "context (use ClinicalContext.none())");
        if (text.isEmpty()) {
            return RedFlagResult.none();
        }
        MentionAnalysis analysis = new MentionAnalysis(text);
        for (RedFlagRule rule : symptomRules) {
            if (firesOn(rule, analysis)) {
                if (rule.afterFever()
                        && (context.measuredFever() || EXPLICIT_FEVER.matcher(analysis.text()).find())) {
                    String feverRule = neutropenicFever.check(analysis, context);
                    if (feverRule != null) {
                        return RedFlagResult.emergency(RedFlagCategory.NEUTROPENIC_FEVER, feverRule);
                    }
                }
                RedFlagResult result = RedFlagResult.emergency(rule.category(), rule.id());
                return rule.category() == RedFlagCategory.POISONING && selfHarmImplied(analysis)
                        ? result.withCrisis() : result;
            }
        }
        String feverRule = neutropenicFever.check(analysis, context);
        return feverRule == null
                ? RedFlagResult.none()
                : RedFlagResult.emergency(RedFlagCategory.NEUTROPENIC_FEVER, feverRule);
    }

    /**
     * A line per rule match with how the mention was read, for debugging rules and for the
     * staff trace. Contains message text: never log it at INFO or above.
     */
    String explain(String message) {
        String text = CanonicalText.normalize(message);
        MentionAnalysis analysis = new MentionAnalysis(text);
        StringBuilder out = new StringBuilder("normalised: ").append(text).append('\n');
        for (RedFlagRule rule : symptomRules) {
            Matcher m = rule.pattern().matcher(text);
            for (int from = 0; rule.gate().find(m, text, from); from = LiteralGate.after(m)) {
                String reading = rule.always() ? "ALWAYS"
                        : rule.excludedIn(analysis.sentenceAt(m.start())) ? "UNLESS"
                        : analysis.status(m.start(), m.end()).name();
                out.append(rule.id()).append(" '").append(m.group()).append("' -> ").append(reading).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * True when the rules read this message as not an emergency of {@code category} for a reason
     * a meaning-based opinion cannot see: every mention a {@code category} rule finds is framed
     * as supposed, feared, fiction or a figure of speech ("si me sangra la nariz y no para, qué debo
     * hacer"), the message tells of an episode that is over ("transfusion last week, I feel better
     * now"), it opens by asking when to go in with nothing happening now ("at what temperature do I
     * need to go in during chemo"), or it holds a joke or an idiom that sounds like an emergency ("a bloody nightmare").
     * Never true for {@link RedFlagCategory#SELF_HARM}: the crisis line is kept whenever self-harm
     * is near. Used to keep the second opinion from overruling the rules on framing.
     */
    public boolean framedAway(String message, RedFlagCategory category) {
        Objects.requireNonNull(category, "category");
        String text = CanonicalText.normalize(message);
        if (category == RedFlagCategory.SELF_HARM || text.isEmpty()) {
            return false;
        }
        MentionAnalysis analysis = new MentionAnalysis(text);
        if (analysis.resolvedEpisode() || Framings.whenToSeekCare(text)) {
            return true;
        }
        boolean framed = false;
        for (RedFlagRule rule : symptomRules) {
            if (rule.category() != category || rule.always() || !rule.gate().mightMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            for (int from = 0; rule.gate().find(m, text, from); from = LiteralGate.after(m)) {
                if (m.end() == m.start() || rule.excludedIn(analysis.sentenceAt(m.start()))) {
                    continue;
                }
                MentionAnalysis.Status status = analysis.status(m.start(), m.end());
                if (status == MentionAnalysis.Status.AFFIRMED) {
                    return false;
                }
                framed |= status == MentionAnalysis.Status.HYPOTHETICAL || status == MentionAnalysis.Status.FICTION
                        || status == MentionAnalysis.Status.FIGURATIVE;
            }
        }
        return framed || Framings.jokeOrIdiom(text);
    }

    /**
     * True when a poisoning message also says or implies self-harm: a {@code CRISIS_CUE} that is
     * not negated ("on purpose", "she says she wanted to die"; not "not on purpose"), or any
     * self-harm rule firing.
     */
    private boolean selfHarmImplied(MentionAnalysis analysis) {
        for (RedFlagRule cue : crisisCues) {
            if (!cue.gate().mightMatch(analysis.text())) {
                continue;
            }
            Matcher m = cue.pattern().matcher(analysis.text());
            for (int from = 0; cue.gate().find(m, analysis.text(), from); from = LiteralGate.after(m)) {
                if (m.end() > m.start() && !analysis.negated(m.start(), m.end())) {
                    return true;
                }
            }
        }
        return selfHarmRules.stream().anyMatch(r -> firesOn(r, analysis));
    }

    private static boolean firesOn(RedFlagRule rule, MentionAnalysis analysis) {
        if (!rule.gate().mightMatch(analysis.text())) {
            return false;
        }
        Matcher m = rule.pattern().matcher(analysis.text());
        for (int from = 0; rule.gate().find(m, analysis.text(), from); from = LiteralGate.after(m)) {
            if (m.end() == m.start()) {
                continue;
            }
            if (rule.always()) {
                return true;
            }
            if (rule.excludedIn(analysis.sentenceAt(m.start()))) {
                continue;
            }
            MentionAnalysis.Status status = analysis.status(m.start(), m.end());
            if (status == MentionAnalysis.Status.AFFIRMED
                    || (status == MentionAnalysis.Status.REPORTED || status == MentionAnalysis.Status.FIGURATIVE)
                        && countsWhenReported(rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Self-harm said by or about someone else, or said to be a figure of speech, still counts ("my
     * son said he wants to ...", "i want to die, figuratively"). A
     * poisoning said about someone counts anyway (it is affirmed); one reported as a general
     * statement ("the pharmacist said overdosing on tylenol wrecks your liver") does not.
     */
    private static boolean countsWhenReported(RedFlagRule rule) {
        return rule.category() == RedFlagCategory.SELF_HARM;
    }

    private static final class Holder {
        static final RedFlagScreen STANDARD = new RedFlagScreen(RedFlagRule.load(RESOURCE));
    }
}
