package org.healthlibrary.assistant.console;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.SpokenRendering;
import org.healthlibrary.assistant.evaluation.SuiteSummary;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.feedback.Feedback;
import org.healthlibrary.assistant.feedback.FeedbackStore;
import org.healthlibrary.assistant.feedback.SectionCount;
import org.healthlibrary.assistant.review.GapCount;
import org.healthlibrary.assistant.review.GapCounts;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * The console's answer and review pages (Qute templates under {@code templates/ReviewPages/}):
 * test an answer (any role), an answer's evidence (a patient's answer for editors and admins),
 * patients' feedback by article and section, and the gaps in the library. Forms post JSON to
 * {@link TracesApi} and {@link ReviewApi} through {@code console.js}.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance test(SignedIn me);

        static native TemplateInstance trace(SignedIn me, EvidenceView e, List<SuiteSummary> suites, List<String> outcomes);

        static native TemplateInstance review(SignedIn me, List<SectionCount> sections, List<Feedback> recent);

        static native TemplateInstance gaps(SignedIn me, List<GapCount> gaps);
    }

    private final SecurityIdentity identity;
    private final TraceAccess access;
    private final InjectableInstance<SpokenRendering> voice;
    private final Suites suites;
    private final FeedbackStore feedback;
    private final GapCounts gaps;

    public ReviewPages(SecurityIdentity identity, TraceAccess access, InjectableInstance<SpokenRendering> voice,
                       Suites suites, FeedbackStore feedback, GapCounts gaps) {
        this.identity = identity;
        this.access = access;
        this.voice = voice;
        this.suites = suites;
        this.feedback = feedback;
        this.gaps = gaps;
    }

    @GET
    @Path("/test")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public String test() {
        return Templates.test(me()).render();
    }

    @GET
    @Path("/traces/{id}")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public String trace(@PathParam("id") String id, @QueryParam("rendering") String rendering) {
        AnswerTrace trace = access.open(id, identity);
        String how = TracesApi.rendering(rendering);
        String shown = how.equals("voice") && voice.isResolvable() ? voice.get().spoken(trace) : trace.answer();
        List<String> outcomes = java.util.Arrays.stream(Outcome.values()).map(Enum::name).toList();
        return Templates.trace(me(), EvidenceView.of(trace, how, shown), suites.list(), outcomes).render();
    }

    @GET
    @Path("/review")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public String review() {
        return Templates.review(me(), feedback.bySection(), feedback.recent(ReviewApi.LIMIT)).render();
    }

    @GET
    @Path("/gaps")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public String gaps() {
        return Templates.gaps(me(), gaps.newest(ReviewApi.LIMIT)).render();
    }

    private SignedIn me() {
        return SignedIn.of(identity);
    }
}
