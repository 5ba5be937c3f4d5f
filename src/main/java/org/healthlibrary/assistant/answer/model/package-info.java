/**
 * Model mode (issue 8): an OpenAI-compatible chat model words answers from the passages the
 * pipeline retrieved and cites, with the CBC classifier as its tool and chat memory per
 * session. Guardrails ({@code guard}), a timeout, a circuit breaker and a fallback keep a wrong,
 * slow or failing model from reaching a patient: they get the extractive answer instead, and
 * the fallback is counted. Off unless {@code assistant.model.base-url} is set.
 */
package org.healthlibrary.assistant.answer.model;
