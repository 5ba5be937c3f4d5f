package org.healthlibrary.assistant.console;

import jakarta.ws.rs.core.Response;
import org.healthlibrary.assistant.candidate.CandidateException;
import org.healthlibrary.assistant.http.ApiError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A candidate request that cannot be carried out: 400, 404 or 409 {@code {error, message}}. Stateless. */
public class CandidateErrorMapper {

    @ServerExceptionMapper
    public Response candidate(CandidateException e) {
        return ConsoleErrorMappers.json(e.status(), ApiError.of(e.code(), e.getMessage()));
    }
}
