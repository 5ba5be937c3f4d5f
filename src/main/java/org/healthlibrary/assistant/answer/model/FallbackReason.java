package org.healthlibrary.assistant.answer.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Why a patient got the extractive answer although a model is configured: the {@code reason}
 * tag of the {@code assistant.model.fallback} counter. Guardrail rejections are tagged
 * {@code guardrail-<rule>} ({@link #guardrail(String)}).
 */
public enum FallbackReason {
    /** The model took longer than {@code assistant.model.timeout}. */
    TIMEOUT("timeout"),
    /** Recent calls failed too often; the model is not called until the breaker's delay has passed. */
    CIRCUIT_OPEN("circuit-open"),
    /** The model's reply could not be read (not JSON, no text, cut off). */
    MALFORMED("malformed"),
    /** The endpoint failed: an HTTP error status, a refused connection, any other exception. */
    MODEL_ERROR("model-error");

    private final String tag;

    FallbackReason(String tag) {
        this.tag = tag;
    }

    /** The metric tag value. */
    public String tag() {
        return tag;
    }

    /** The metric tag value for a guardrail's rejection, e.g. {@code guardrail-numbers}. */
    public static String guardrail(String rule) {
        return "guardrail-" + rule;
    }

    /** The reason for a failed model call, from the exception and its causes. */
    public static FallbackReason of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return TIMEOUT;
            }
            if (t instanceof CircuitBreakerOpenException) {
                return CIRCUIT_OPEN;
            }
            if (t instanceof MalformedReplyException || t instanceof JsonProcessingException) {
                return MALFORMED;
            }
        }
        return MODEL_ERROR;
    }
}
