package org.healthlibrary.assistant.console;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.answer.AnswerTrace;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.review.Traces;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * Opens an answer trace for the signed-in person: the id must look like a trace id (400), the
 * trace must still be kept here or retained in the database (404), and a patient's trace (it
 * holds a patient's message) opens for editors and admins only (403); staff tests open for every
 * role. Stateless, thread-safe.
 */
@ApplicationScoped
public class TraceAccess {

    private static final Pattern TRACE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Traces traces;

    public TraceAccess(Traces traces) {
        this.traces = traces;
    }

    /** The trace {@code id} as {@code who} may see it. */
    AnswerTrace open(String id, SecurityIdentity who) {
        AnswerTrace trace = traces.find(checkedId(id)).orElseThrow(() -> new ApiException(404, "trace_not_found",
                "No answer with this trace id is kept: traces are deleted after the retention period."));
        if (trace.origin() == AnswerTrace.Origin.PATIENT && !who.hasRole(StaffRole.EDITOR_NAME)) {
            throw new ForbiddenException();
        }
        return trace;
    }

    /** {@code id} when it looks like a trace id. */
    static String checkedId(String id) {
        if (id == null || !TRACE_ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid_trace_id", "A trace id is 1-64 letters, digits, '.', '_' or '-'.");
        }
        return id;
    }
}
