package org.healthlibrary.assistant.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.healthlibrary.assistant.staff.StaffDirectory;

/**
 * Checks the sign-in form's user name and password against the {@link StaffDirectory}, off the
 * event loop (bcrypt and the database block), passing the client's address for throttling.
 * Thread-safe.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final StaffDirectory directory;

    public PasswordIdentityProvider(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = routing == null || routing.request().remoteAddress() == null
                ? "unknown" : routing.request().remoteAddress().hostAddress();
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> directory.signIn(username, password, client)
                .map(StaffIdentities::of)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
