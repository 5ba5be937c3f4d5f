package org.healthlibrary.assistant.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.healthlibrary.assistant.staff.StaffDirectory;

/**
 * Rebuilds the identity of a signed-in person from the encrypted session cookie (which holds
 * only the user name) on every request, reading the account as it is now: a disabled account is
 * signed out and a changed role applies at once. Thread-safe.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final StaffDirectory directory;

    public SessionIdentityProvider(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> directory.member(username)
                .map(StaffIdentities::of)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
