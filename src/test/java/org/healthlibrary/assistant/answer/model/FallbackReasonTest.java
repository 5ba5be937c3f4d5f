package org.healthlibrary.assistant.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which metric reason a failure is counted under. */
class FallbackReasonTest {

    @Test
    void classifiesByTheExceptionAndItsCauses() {
        assertThat(FallbackReason.of(new TimeoutException())).isEqualTo(FallbackReason.TIMEOUT);
        assertThat(FallbackReason.of(new CircuitBreakerOpenException())).isEqualTo(FallbackReason.CIRCUIT_OPEN);
        assertThat(FallbackReason.of(new MalformedReplyException("no text"))).isEqualTo(FallbackReason.MALFORMED);
        assertThat(FallbackReason.of(new ProcessingException(new JsonParseException(null, "bad"))))
                .isEqualTo(FallbackReason.MALFORMED);
        assertThat(FallbackReason.of(new RuntimeException("status 500"))).isEqualTo(FallbackReason.MODEL_ERROR);
        assertThat(FallbackReason.guardrail("topic")).isEqualTo("guardrail-topic");
    }
}
