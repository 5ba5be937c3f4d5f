package org.healthlibrary.assistant.console;

import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.healthlibrary.assistant.evaluation.SuiteException;
import org.healthlibrary.assistant.http.ApiError;
import org.healthlibrary.assistant.staff.AccountException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * JSON bodies for the console's own refusals: a role that may not do something (403
 * {@code forbidden}) an account or suite request that cannot be carried out (400, 404 or
 * 409 with the service's code). Stateless.
 */
public class ConsoleErrorMappers {

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return json(403, ApiError.of("forbidden", "Your role does not allow this. Ask an admin for a role that does."));
    }

    @ServerExceptionMapper
    public Response account(AccountException e) {
        return json(e.conflict() ? 409 : 400, ApiError.of(e.code(), e.getMessage()));
    }

    @ServerExceptionMapper
    public Response suite(SuiteException e) {
        return json(e.status(), ApiError.of(e.code(), e.getMessage()));
    }

    static Response json(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
