package org.healthlibrary.assistant.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffMember;
import org.healthlibrary.assistant.staff.StaffRole;

/** {@code /console/api/accounts}: list, create and change console accounts (admin only); every change is audited. */
@Path("/console/api/accounts")
@RolesAllowed(StaffRole.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsApi {

    /** A new account. */
    public record NewAccount(String username, String password, String role) {
    }

    /** A change of role or of whether the account may sign in. */
    public record AccountChange(String role, Boolean enabled) {
    }

    /** A new password. */
    public record NewPassword(String password) {
    }

    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public AccountsApi(StaffAccounts accounts, AuditLog audit, SecurityIdentity identity) {
        this.accounts = accounts;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    public List<StaffMember> list() {
        return accounts.list();
    }

    @POST
    public Response create(NewAccount body) {
        if (body == null) {
            throw ApiException.badRequest("missing_body", "Send {\"username\", \"password\", \"role\"}.");
        }
        StaffMember created = accounts.create(body.username(), body.password(), role(body.role()));
        audit.record(actor(), "account.create", created.username(), created.role().roleName());
        return Response.status(201).entity(created).build();
    }

    @PUT
    @Path("/{username}")
    public StaffMember update(@PathParam("username") String username, AccountChange body) {
        if (body == null || body.enabled() == null) {
            throw ApiException.badRequest("missing_field", "Send {\"role\": \"viewer|editor|admin\", \"enabled\": true|false}.");
        }
        StaffMember changed = accounts.update(username, role(body.role()), body.enabled());
        audit.record(actor(), "account.update", changed.username(),
                changed.role().roleName() + (changed.enabled() ? ", enabled" : ", disabled"));
        return changed;
    }

    @PUT
    @Path("/{username}/password")
    public Response password(@PathParam("username") String username, NewPassword body) {
        if (body == null) {
            throw ApiException.badRequest("missing_body", "Send {\"password\": \"...\"}.");
        }
        accounts.setPassword(username, body.password());
        audit.record(actor(), "account.password", username, null);
        return Response.noContent().build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static StaffRole role(String value) {
        try {
            return StaffRole.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_role", "role must be viewer, editor or admin.");
        }
    }
}
