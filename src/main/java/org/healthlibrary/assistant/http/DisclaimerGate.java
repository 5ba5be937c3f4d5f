package org.healthlibrary.assistant.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.healthlibrary.assistant.safety.Disclaimed;
import org.healthlibrary.assistant.safety.SafetyMessages;

/**
 * The single place where the disclaimer is attached: every outgoing body that is
 * {@link Disclaimed} (answers, lab reports, emergencies, refusals and errors) gets
 * {@link SafetyMessages#disclaimer()}, whatever the resource put there. Stateless and thread-safe.
 */
@Provider
public class DisclaimerGate implements ContainerResponseFilter {

    private final SafetyMessages messages;

    public DisclaimerGate(SafetyMessages messages) {
        this.messages = messages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Disclaimed body) {
            response.setEntity(body.withDisclaimer(messages.disclaimer()));
        }
    }
}
