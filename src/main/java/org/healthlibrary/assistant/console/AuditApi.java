package org.healthlibrary.assistant.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.staff.StaffRole;

/** {@code GET /console/api/audit?offset=&limit=}: the audit log, newest first (admin only). */
@Path("/console/api/audit")
@RolesAllowed(StaffRole.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AuditApi {

    /** Most entries one call returns. */
    static final int MAX_LIMIT = 500;

    /** One audit row. */
    public record Entry(Instant at, String actor, String action, String target, String detail) {
    }

    private final AuditLog audit;

    public AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public List<Entry> list(@QueryParam("offset") @DefaultValue("0") String offset,
                            @QueryParam("limit") @DefaultValue("100") String limit) {
        int from = number(offset, 0, Integer.MAX_VALUE, "offset");
        int count = number(limit, 1, MAX_LIMIT, "limit");
        return audit.newest(from, count).stream()
                .map(e -> new Entry(e.occurredAt, e.actor, e.action, e.target, e.detail)).toList();
    }

    static int number(String value, int min, int max, String name) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("invalid_" + name, name + " must be a whole number from " + min + " to " + max + ".");
    }
}
