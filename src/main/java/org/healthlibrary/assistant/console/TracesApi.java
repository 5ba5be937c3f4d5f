package org.healthlibrary.assistant.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthlibrary.assistant.answer.AnswerResult;
import org.healthlibrary.assistant.answer.AnswerService;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * {@code /console/api/traces}: "test an answer" (any role: the message goes through the patient
 * pipeline, traced as staff), read a trace (a patient's only for editors and admins), and save a
 * trace as a suite case (editors and admins). Audited by trace id and suite name, never by message.
 */
@Path("/console/api/traces")
@Produces(MediaType.APPLICATION_JSON)
public class TracesApi {

    /** The longest test message, as for a patient's chat message. */
    static final int MAX_MESSAGE = 2000;

    /** A test question. */
    public record TestRequest(String message, String rendering) {
    }

    private final AnswerService answers;
    private final TraceAccess access;
    private final CaseFromTrace cases;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public TracesApi(AnswerService answers, TraceAccess access, CaseFromTrace cases, AuditLog audit,
                     SecurityIdentity identity) {
        this.answers = answers;
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(StaffRole.VIEWER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response test(TestRequest request) {
        if (request == null || request.message() == null || request.message().isBlank()) {
            throw ApiException.badRequest("missing_message", "Type a question, as a patient would ask it.");
        }
        if (request.message().length() > MAX_MESSAGE) {
            throw ApiException.badRequest("message_too_long", "A question is at most " + MAX_MESSAGE + " characters.");
        }
        String rendering = rendering(request.rendering());
        AnswerResult result = answers.answerForStaff(request.message(), Conversation.start());
        audit.record(actor(), "answer.test", result.trace().id(), result.outcome().name());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("traceId", result.trace().id());
        body.put("outcome", result.outcome().name());
        body.put("answer", result.answer());
        body.put("rendering", rendering);
        return Response.status(201).entity(body).build();
    }

    /**
     * The trace as JSON. Declared as {@link Response}, not {@link AnswerTrace}: a declared record
     * return type makes Quarkus generate a serializer for it and the records it holds
     * ({@code Citation}), which writes their fields in another order than the chat body pins.
     */
    @GET
    @Path("/{id}")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public Response get(@PathParam("id") String id) {
        return Response.ok(access.open(id, identity)).build();
    }

    @POST
    @Path("/{id}/case")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveAsCase(@PathParam("id") String id, CaseFromTrace.Request request) {
        AnswerTrace trace = access.open(id, identity);
        CaseFromTrace.Saved saved = cases.save(trace, request);
        audit.record(actor(), "suite.case-from-trace", saved.suiteName(), "trace " + trace.id());
        return Response.status(201).entity(saved).build();
    }

    /** {@code chat} (the default) or {@code voice}. */
    static String rendering(String value) {
        if (value == null || value.isBlank() || value.equals("chat")) {
            return "chat";
        }
        if (value.equals("voice")) {
            return "voice";
        }
        throw ApiException.badRequest("invalid_rendering", "The rendering is 'chat' or 'voice'.");
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
