package org.healthlibrary.assistant.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the framework's own rejections (wrong content type, unknown path, wrong method, bad
 * body) the same JSON {@code {error, message}} shape as ours, with advice on what to fix.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return JsonReadExceptionMapper.response(json);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ApiError body = switch (e) {
            case NotSupportedException ignored -> ApiError.of("unsupported_media_type",
                    "Send the request body as JSON with the header Content-Type: application/json.");
            case NotAcceptableException ignored -> ApiError.of("not_acceptable",
                    "This endpoint answers in JSON; accept application/json.");
            case NotFoundException ignored -> ApiError.of("not_found",
                    "There is no such endpoint or resource. See README.md for the API.");
            case NotAllowedException ignored -> ApiError.of("method_not_allowed",
                    "This endpoint does not accept that HTTP method. See README.md for the API.");
            default -> status >= 500
                    ? ApiError.of("internal_error", "Something went wrong on our side. Please try again.")
                    : ApiError.of("bad_request", "The request could not be read. Send a JSON body as described in README.md.");
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
