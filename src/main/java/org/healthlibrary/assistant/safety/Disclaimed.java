package org.healthlibrary.assistant.safety;

/**
 * A response body that carries the "see your provider" disclaimer. Bodies are built without
 * it, and the text ({@link SafetyMessages#disclaimer()}, spoken {@link SafetyMessages#disclaimerSpoken()}) is attached in exactly one place per body kind:
 * <ul>
 *   <li>JSON bodies ({@code /api/chat}, {@code /api/cbc}, errors): {@code http.DisclaimerGate}, on
 *       the way out, for every body that implements this interface;</li>
 *   <li>the stream's {@code done} event: {@code chat.ChatStreamResource} (the gate sees no
 *       stream items);</li>
 *   <li>speech: {@code voice.SpeechComposer#ssml} (the spoken form); the Alexa card:
 *       {@code voice.AlexaResponses} (the written form);</li>
 *   <li>the model's CBC tool report: {@code answer.model.CbcTool}.</li>
 * </ul>
 * The answer pipeline itself never adds it.
 */
public interface Disclaimed {

    /** The disclaimer currently attached, or {@code null} before the gate has run. */
    String disclaimer();

    /** A copy of this body with the given disclaimer attached. */
    Disclaimed withDisclaimer(String text);
}
