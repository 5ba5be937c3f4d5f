package org.healthlibrary.assistant.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.healthlibrary.assistant.http.ApiError;

/** Renders a {@link LockedOutException} as 429 with Retry-After and the JSON error body. */
@Provider
public class LockedOutMapper implements ExceptionMapper<LockedOutException> {

    @Override
    public Response toResponse(LockedOutException e) {
        return Response.status(429)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(e.error(), e.getMessage()))
                .build();
    }
}
