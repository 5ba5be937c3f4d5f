package org.healthlibrary.assistant.chat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthlibrary.assistant.feedback.Feedback;
import org.healthlibrary.assistant.feedback.FeedbackService;
import org.healthlibrary.assistant.feedback.InvalidFeedbackException;
import org.healthlibrary.assistant.http.ApiException;

/**
 * {@code POST /api/feedback}: a patient's thumbs up or down on one answer, with an optional
 * fixed reason. Answers {@code {"traceId", "rating", "reason"}} as recorded; 400 for a missing or
 * unknown value, 404 {@code unknown_trace} when no recent answer has the trace id.
 */
@Path("/api/feedback")
public class FeedbackResource {

    private final FeedbackService feedback;

    public FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> record(FeedbackRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing_body",
                    "Send a JSON body such as {\"traceId\": \"...\", \"rating\": \"up\"}.");
        }
        try {
            Feedback recorded = feedback.record(request.traceId(), request.rating(), request.reason());
            Map<String, String> body = new LinkedHashMap<>();
            body.put("traceId", recorded.traceId());
            body.put("rating", recorded.rating().wire());
            body.put("reason", recorded.optionalReason().map(r -> r.wire()).orElse(null));
            return body;
        } catch (InvalidFeedbackException e) {
            int status = e.kind() == InvalidFeedbackException.Kind.UNKNOWN_TRACE ? 404 : 400;
            throw new ApiException(status, e.error(), e.getMessage());
        }
    }
}
