package org.healthlibrary.assistant.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.healthlibrary.assistant.search.IndexNotReadyException;

/** A request that arrives before the index is open gets 503 with a Retry-After hint. */
@Provider
public class IndexNotReadyMapper implements ExceptionMapper<IndexNotReadyException> {

    @Override
    public Response toResponse(IndexNotReadyException e) {
        return Response.status(503)
                .header("Retry-After", "5")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("index_not_ready", e.getMessage()))
                .build();
    }
}
