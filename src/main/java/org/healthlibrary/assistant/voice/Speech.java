package org.healthlibrary.assistant.voice;

import java.util.List;

/**
 * What one response says, before it is rendered as SSML: emergency guidance (spoken first),
 * the answer's sentences, and where the answer comes from. All parts are plain text, already
 * cleaned for speech; the disclaimer is not part of it (rendering always adds it). Immutable.
 *
 * @param emergency emergency guidance, or {@code null}
 * @param sentences the answer, at most {@link SpeechComposer#MAX_SENTENCES} sentences
 * @param source    a short sentence naming the library article, or {@code null}
 */
public record Speech(String emergency, List<String> sentences, String source) {

    public Speech {
        sentences = List.copyOf(sentences);
    }

    /** Fixed wording (prompts, help), spoken as is. */
    static Speech of(String text) {
        return new Speech(null, SpokenText.sentences(SpokenText.clean(text)), null);
    }
}
