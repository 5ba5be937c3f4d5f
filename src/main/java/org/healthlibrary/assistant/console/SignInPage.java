package org.healthlibrary.assistant.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.healthlibrary.assistant.audit.AuditLog;

/**
 * The sign-in page (open to all; the form posts to Quarkus form authentication at
 * {@code /console/j_security_check}) and sign-out, which ends the session cookie and is audited.
 */
@Path("/console")
public class SignInPage {

    /** The session cookie's name (quarkus.http.auth.form.cookie-name). */
    static final String SESSION_COOKIE = "console-session";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed, boolean signedOut);
    }

    private final SecurityIdentity identity;
    private final AuditLog audit;

    public SignInPage(SecurityIdentity identity, AuditLog audit) {
        this.identity = identity;
        this.audit = audit;
    }

    @GET
    @Path("/sign-in")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String signIn(@QueryParam("failed") String failed, @QueryParam("signed-out") String signedOut) {
        return Templates.signIn(failed != null, signedOut != null).render();
    }

    @POST
    @Path("/sign-out")
    @PermitAll
    public Response signOut() {
        if (!identity.isAnonymous()) {
            audit.record(identity.getPrincipal().getName(), "sign-out", null, null);
        }
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).path("/console").value("").maxAge(0)
                .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/console/sign-in?signed-out=1")).cookie(expired).build();
    }
}
