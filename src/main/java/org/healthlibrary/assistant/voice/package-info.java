/**
 * The Alexa voice channel: request verification, intent handlers and SSML speech over the
 * shared answer pipeline. Everything the skill says that is not the pipeline's answer (prompts,
 * reprompt, the source line, the card) is in the {@code voice} message bundle
 * ({@link org.healthlibrary.assistant.voice.VoiceMessages}); the spoken disclaimer and the
 * emergency guidance come from the {@code safety} bundle. {@code SpeechComposer} adds the spoken
 * disclaimer to every SSML rendering and {@code AlexaResponses} the written one to the card.
 */
package org.healthlibrary.assistant.voice;
