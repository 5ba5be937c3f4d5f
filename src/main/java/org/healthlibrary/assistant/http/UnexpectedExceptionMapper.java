package org.healthlibrary.assistant.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Last line of defence: an unexpected failure becomes a 500 with a JSON body and the
 * disclaimer. Only the exception type is logged at ERROR (its message could echo user input);
 * the full stack trace is logged at DEBUG.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception e) {
        LOG.errorf("Unexpected %s while handling a request", e.getClass().getName());
        LOG.debug("Unexpected failure", e);
        return Response.status(500)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("internal_error", "Something went wrong on our side. Please try again."))
                .build();
    }
}
