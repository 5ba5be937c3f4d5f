package org.healthlibrary.assistant.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns a body that is not valid JSON, or JSON of the wrong shape, into a 400 that names the
 * offending field (never its value, which may be patient text).
 */
@Provider
public class JsonReadExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    /** Takes precedence over the framework's own, more specific mapper for mismatched input. */
    @Provider
    public static class Mismatched implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException e) {
            return response(e);
        }
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        return response(e);
    }

    /** The 400 response for a body Jackson could not read. */
    static Response response(JsonProcessingException e) {
        ApiError body = switch (e) {
            case UnrecognizedPropertyException u -> ApiError.of("unknown_field",
                    "Unknown field '" + u.getPropertyName() + "'. See README.md for the fields this endpoint takes.");
            case MismatchedInputException t when t.getOriginalMessage().startsWith("Trailing token") ->
                    ApiError.of("malformed_json", "The body has something after its JSON object. Send one JSON object, "
                            + "e.g. {\"message\": \"What is anemia?\"}.");
            case InvalidFormatException f -> ApiError.of("invalid_field",
                    "Field '" + fieldPath(f) + "' has the wrong type or format.");
            case MismatchedInputException m -> ApiError.of("invalid_field",
                    m.getPath().isEmpty()
                            ? "The body must be a JSON object as described in README.md."
                            : "Field '" + fieldPath(m) + "' has the wrong type.");
            default -> ApiError.of("malformed_json",
                    "The body is not valid JSON. Send a JSON object, e.g. {\"message\": \"What is anemia?\"}.");
        };
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
