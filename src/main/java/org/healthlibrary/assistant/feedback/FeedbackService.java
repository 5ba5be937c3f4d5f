package org.healthlibrary.assistant.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a patient's feedback and records it: the trace id must name a known answer, the
 * rating must be {@code up} or {@code down}, and the reason, when given, one of the fixed
 * chips. Throws {@link InvalidFeedbackException} otherwise. The record is filed under the article
 * and section the answer cited first. Stateless apart from the store;
 * thread-safe.
 */
@ApplicationScoped
public class FeedbackService {

    private static final Pattern TRACE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String RATINGS = Arrays.stream(Rating.values()).map(Rating::wire)
            .collect(Collectors.joining("' or '", "'", "'"));
    private static final String REASONS = Arrays.stream(Reason.values()).map(Reason::wire)
            .collect(Collectors.joining("', '", "'", "'"));

    private final FeedbackStore store;
    private final KnownTraces traces;
    private final Clock clock;

    @Inject
    public FeedbackService(FeedbackStore store, KnownTraces traces) {
        this(store, traces, Clock.systemUTC());
    }

    FeedbackService(FeedbackStore store, KnownTraces traces, Clock clock) {
        this.store = store;
        this.traces = traces;
        this.clock = clock;
    }

    /**
     * Records a verdict on the answer {@code traceId} and returns the stored record.
     *
     * @param reason the wire value of a reason, or {@code null} for none
     */
    public Feedback record(String traceId, String rating, String reason) {
        if (traceId == null || traceId.isBlank()) {
            throw invalid("missing_trace_id", "The field 'traceId' is required: send the X-Trace-Id of the answer.");
        }
        if (!TRACE_ID.matcher(traceId).matches()) {
            throw invalid("invalid_trace_id", "The field 'traceId' must be the X-Trace-Id an answer returned.");
        }
        if (rating == null) {
            throw invalid("missing_rating", "The field 'rating' is required: " + RATINGS + ".");
        }
        Rating r = Rating.fromWire(rating).orElseThrow(() -> invalid("invalid_rating",
                "The field 'rating' must be " + RATINGS + "."));
        Reason why = null;
        if (reason != null) {
            why = Reason.fromWire(reason).orElseThrow(() -> invalid("invalid_reason",
                    "The field 'reason' must be one of " + REASONS + ", or left out."));
        }
        if (!traces.contains(traceId)) {
            throw new InvalidFeedbackException(InvalidFeedbackException.Kind.UNKNOWN_TRACE, "unknown_trace",
                    "No recent answer has this trace id: feedback can only be given on a recent answer.");
        }
        CitedSection cited = traces.firstCited(traceId).orElse(null);
        Feedback feedback = new Feedback(traceId, r, why, clock.instant(), cited == null ? null : cited.articleId(),
                cited == null ? null : cited.section(), null);
        store.save(feedback);
        return feedback;
    }

    private static InvalidFeedbackException invalid(String error, String message) {
        return new InvalidFeedbackException(InvalidFeedbackException.Kind.INVALID_VALUE, error, message);
    }
}
