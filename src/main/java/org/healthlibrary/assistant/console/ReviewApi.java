package org.healthlibrary.assistant.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.feedback.Feedback;
import org.healthlibrary.assistant.feedback.FeedbackStore;
import org.healthlibrary.assistant.feedback.SectionCount;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.review.GapCount;
import org.healthlibrary.assistant.review.GapCounts;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * {@code /console/api/review} (editors and admins): patients' feedback by article and section
 * and the most recent records, marking a record reviewed (audited by trace id), and the gaps
 * (unknown medical terms per ISO week).
 */
@Path("/console/api/review")
@RolesAllowed(StaffRole.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewApi {

    /** Most feedback records and gap rows one call returns. */
    static final int LIMIT = 500;

    /**
     * The feedback overview.
     *
     * @param sections counts per article and section, most thumbs down first
     * @param recent   the most recent records, newest first
     */
    public record FeedbackOverview(List<SectionCount> sections, List<Feedback> recent) {
    }

    private final FeedbackStore feedback;
    private final GapCounts gaps;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public ReviewApi(FeedbackStore feedback, GapCounts gaps, AuditLog audit, SecurityIdentity identity) {
        this.feedback = feedback;
        this.gaps = gaps;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @Path("/feedback")
    public FeedbackOverview feedback() {
        return new FeedbackOverview(feedback.bySection(), feedback.recent(LIMIT));
    }

    @POST
    @Path("/feedback/{id}/reviewed")
    public Map<String, String> markReviewed(@PathParam("id") String id) {
        String traceId = TraceAccess.checkedId(id);
        String who = identity.getPrincipal().getName();
        if (!feedback.markReviewed(traceId, who, Instant.now())) {
            throw new ApiException(404, "feedback_not_found", "No feedback was given on an answer with this trace id.");
        }
        audit.record(who, "feedback.review", traceId, null);
        return Map.of("traceId", traceId, "reviewedBy", who);
    }

    @GET
    @Path("/gaps")
    public List<GapCount> gaps() {
        return gaps.newest(LIMIT);
    }
}
