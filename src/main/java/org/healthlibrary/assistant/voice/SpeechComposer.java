package org.healthlibrary.assistant.voice;

import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.safety.DisclaimerPolicy;

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
 * <li>Every rendering ends with {@link DisclaimerPolicy#SPOKEN}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SpeechComposer {

    static final int MAX_SENTENCES = 3;
    static final int MAX_WORDS = 90;
    static final int MAX_EMERGENCY_CHARS = 1500;

    /** Said when emergency guidance arrives without text: never an emergency without an instruction. */
    static final String EMERGENCY_FALLBACK = "This may be an emergency. Call 911 or your local emergency number now.";

    /** Asked when the session stays open and the user says nothing. */
    static final String REPROMPT = "What else would you like to know? You can ask another question, or say stop.";

    private SpeechComposer() {
    }

    /** What to say for a pipeline result. */
    public static Speech speak(AnswerResult result) {
        String text = SpokenText.clean(result.answer());
        if (isEmergency(result)) {
            String guidance = capped(SpokenText.sentences(text));
            return new Speech(guidance.isBlank() ? EMERGENCY_FALLBACK : guidance, List.of(), null);
        }
        String source = null;
        if ((result.outcome() == Outcome.ANSWERED || result.outcome() == Outcome.LAB_RESULT)
                && !result.citations().isEmpty()) {
            String title = SpokenText.clean(result.citations().getFirst().title());
            if (!title.isEmpty() && title.length() <= 200) {
                source = "This is from our health library article, " + title.replaceAll("[.!?]+$", "") + ".";
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
    public static String ssml(Speech speech, int sentenceCount) {
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
        out.append("<break strength=\"medium\"/>").append(SpokenText.escapeXml(DisclaimerPolicy.SPOKEN));
        return out.append("</speak>").toString();
    }

    /** SSML for a plain prompt without the disclaimer (the reprompt). */
    static String promptSsml(String text) {
        return "<speak>" + SpokenText.escapeXml(SpokenText.clean(text)) + "</speak>";
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
