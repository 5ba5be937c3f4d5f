/**
 * Model mode (issue 8): an OpenAI-compatible chat model rewords a library answer's sentences
 * from the passages the draft cites ({@code ModelWording}, or {@code StreamingAnswers} a
 * sentence at a time), with the CBC classifier as its tool and chat memory per session
 * ({@code SessionMemories}: a Caffeine cache of the sessions with memory, bounded and expiring).
 * Guardrails ({@code guard}), a timeout, a circuit breaker and a fallback keep a wrong, slow or
 * failing model from reaching a patient: they get the extractive wording of the same draft
 * instead, the fallback is counted and named in the answer's trace. Off unless
 * {@code assistant.model.base-url} is set.
 */
package org.healthlibrary.assistant.answer.model;
