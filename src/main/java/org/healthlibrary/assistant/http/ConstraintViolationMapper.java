package org.healthlibrary.assistant.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Bean Validation failure on a request as 400 with the same {@link ApiError} body a
 * hand-written check would give. A constraint names its error code with a message key of the
 * form <code>{api.<i>code</i>}</code>, whose text is in {@code ValidationMessages.properties};
 * a constraint without such a key gets {@code invalid_request} and its property path. When
 * several constraints fail, the one on the first parameter (then the first property path)
 * wins, so the answer does not depend on validation order. The message never repeats the
 * rejected value. Stateless and thread-safe.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Pattern API_KEY = Pattern.compile("\\{api\\.([a-z_]+)}");

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .orElse(null);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body(first)).build();
    }

    static ApiError body(ConstraintViolation<?> violation) {
        if (violation == null) {
            return ApiError.of("invalid_request", "The request is not valid. See README.md for the API.");
        }
        Matcher key = API_KEY.matcher(violation.getMessageTemplate());
        if (key.matches()) {
            return ApiError.of(key.group(1), violation.getMessage());
        }
        return ApiError.of("invalid_request", "'" + field(violation) + "' " + violation.getMessage() + ".");
    }

    /** The request field a violation is about: the last node of its path ({@code chat.request.message} -> {@code message}). */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
