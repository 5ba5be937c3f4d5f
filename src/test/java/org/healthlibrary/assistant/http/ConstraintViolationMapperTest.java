package org.healthlibrary.assistant.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A failed constraint becomes the 400 body a hand-written check would give. */
class ConstraintViolationMapperTest {

    /** A request body with one keyed constraint and one plain one. */
    record Body(@NotNull(message = "{api.missing_message}") String message, @NotNull String other) {
    }

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).defaultLocale(Locale.ENGLISH)
            .buildValidatorFactory().getValidator();

    private final ConstraintViolationMapper mapper = new ConstraintViolationMapper();

    @Test
    void aKeyedConstraintGivesItsCodeAndText() {
        Set<ConstraintViolation<Body>> violations = VALIDATOR.validate(new Body(null, "x"));
        Response r = mapper.toResponse(new ConstraintViolationException(violations));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getEntity()).isEqualTo(ApiError.of("missing_message",
                "The field 'message' is required: put the question in it, e.g. {\"message\": \"What is anemia?\"}."));
    }

    @Test
    void aPlainConstraintNamesTheField() {
        Set<ConstraintViolation<Body>> violations = VALIDATOR.validate(new Body("hi", null));
        assertThat(mapper.toResponse(new ConstraintViolationException(violations)).getEntity())
                .isEqualTo(ApiError.of("invalid_request", "'other' must not be null."));
    }

    @Test
    void ofSeveralTheFirstPropertyPathWins() {
        Set<ConstraintViolation<Body>> violations = VALIDATOR.validate(new Body(null, null));
        assertThat(violations).hasSize(2);
        assertThat(((ApiError) mapper.toResponse(new ConstraintViolationException(violations)).getEntity()).error())
                .as("'message' sorts before 'other'").isEqualTo("missing_message");
    }

    @Test
    void noViolationStillGivesAJsonBody() {
        assertThat(mapper.toResponse(new ConstraintViolationException(Set.of())).getEntity())
                .isEqualTo(ApiError.of("invalid_request", "The request is not valid. See README.md for the API."));
    }
}
