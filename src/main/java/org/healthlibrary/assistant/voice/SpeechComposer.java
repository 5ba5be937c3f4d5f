package org.healthlibrary.assistant.voice;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.safety.SafetyMessages;

/**
 * The spoken form of an answer, as SSML. Rules:
 * <ul>
 * <li>Emergencies: the pipeline's emergency guidance is spoken first, whole and plainly (no
 * other answer text, no SSML effects); only capped at {@value #MAX_EMERGENCY_CHARS} characters
 * at a sentence boundary as a guard.</li>
 * <li>Answers: at most {@value #MAX_SENTENCES} sentences and about {@value #MAX_WORDS} words
 * (whole sentences; a single longer sentence is cut at {@value #MAX_WORDS} words), cleaned by
 * {@link SpokenText} (no URLs, reference marks or Markdown; units in words), then the source
 * article's title.</li>
 * <li>Every rendering ends with {@link SafetyMessages#disclaimerSpoken()}: the one place speech gets the
 * disclaimer.</li>
 * </ul>
 * The fixed wording comes from the {@code voice} and {@code safety} message bundles. A CDI bean;
 * plain tests construct it with any bundles. Stateless and thread-safe.
 */
@Singleton
public final class SpeechComposer {

    static final int MAX_SENTENCES = 3;
    static final int MAX_WORDS = 90;
    static final int MAX_EMERGENCY_CHARS = 1500;

    private final VoiceMessages messages;
    private final SafetyMessages safety;

    public SpeechComposer(VoiceMessages messages, SafetyMessages safety) {
        this.messages = messages;
        this.safety = safety;
    }

    /** What to say for a pipeline result. */
    public Speech speak(AnswerResult result) {
        return speak(result.answer(), result.outcome(), isEmergency(result), result.citations());
    }

    /** What to say for an answer text with its outcome and citations (main source first). */
    public Speech speak(String answer, Outcome outcome, boolean emergency, List<Citation> citations) {
        String text = SpokenText.clean(answer);
        if (emergency) {
            String guidance = capped(SpokenText.sentences(text));
            return new Speech(guidance.isBlank() ? messages.emergencyFallback() : guidance, List.of(), null);
        }
        String source = null;
        if ((outcome == Outcome.ANSWERED || outcome == Outcome.LAB_RESULT) && !citations.isEmpty()) {
            String title = SpokenText.clean(citations.getFirst().title());
            if (!title.isEmpty() && title.length() <= 200) {
                source = messages.source(title.replaceAll("[.!?]+$", ""));
            }
        }
        return new Speech(null, limited(SpokenText.sentences(text)), source);
    }

    /** True when the result is emergency guidance. */
    static boolean isEmergency(AnswerResult result) {
        return result.emergency() || result.outcome() == Outcome.EMERGENCY;
    }

    /** The first citation, for the card; {@code null} for emergencies and answers without one. */
    static Citation cardSource(AnswerResult result) {
        return isEmergency(result) || result.citations().isEmpty() ? null : result.citations().getFirst();
    }

    /**
     * The SSML for {@code speech}, using its first {@code sentenceCount} answer sentences: the
     * emergency guidance, the sentences, the source, a pause, the disclaimer.
     */
    public String ssml(Speech speech, int sentenceCount) {
        StringBuilder out = new StringBuilder("<speak>");
        if (speech.emergency() != null && !speech.emergency().isEmpty()) {
            out.append(SpokenText.escapeXml(speech.emergency())).append(' ');
        }
        for (String s : speech.sentences().subList(0, Math.min(sentenceCount, speech.sentences().size()))) {
            out.append(SpokenText.escapeXml(s)).append(' ');
        }
        if (speech.source() != null && sentenceCount > 0) {
            out.append(SpokenText.escapeXml(speech.source())).append(' ');
        }
        out.append("<break strength=\"medium\"/>").append(SpokenText.escapeXml(safety.disclaimerSpoken()));
        return out.append("</speak>").toString();
    }

    /** SSML for the reprompt (no disclaimer). */
    String repromptSsml() {
        return "<speak>" + SpokenText.escapeXml(SpokenText.clean(messages.reprompt())) + "</speak>";
    }

    /** Whole sentences up to the sentence and word limits; at least one, cut to the word limit if it is longer. */
    private static List<String> limited(List<String> sentences) {
        List<String> out = new ArrayList<>();
        int words = 0;
        for (String s : sentences) {
            int w = SpokenText.words(s);
            if (out.size() == MAX_SENTENCES || (!out.isEmpty() && words + w > MAX_WORDS)) {
                break;
            }
            out.add(out.isEmpty() ? SpokenText.firstWords(s, MAX_WORDS) : s);
            words += w;
        }
        return out;
    }

    private static String capped(List<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            if (!out.isEmpty() && out.length() + 1 + s.length() > MAX_EMERGENCY_CHARS) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(s.length() > MAX_EMERGENCY_CHARS ? s.substring(0, MAX_EMERGENCY_CHARS) : s);
        }
        return out.toString();
    }
}
