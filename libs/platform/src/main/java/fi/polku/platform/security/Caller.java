package fi.polku.platform.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated person behind the current request, as the token names them. Read from the request's security
 * identity, whose principal is the token its authentication mechanism verified, rather than from an injected
 * {@link JsonWebToken}: where Quarkus OIDC is beside the platform's JWT check (the dashboard's sign-in), OIDC's
 * JsonWebToken producer wins and knows nothing of the platform's bearer and session tokens.
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        String subject = token() == null ? null : token().getSubject();
        return subject == null ? "anonymous" : subject;
    }

    public String issuer() {
        return token() == null ? null : token().getIssuer();
    }

    public String displayName() {
        String name = claim("name");
        return name == null ? subject() : name;
    }

    public String organisation() {
        String org = claim(ORGANISATION_CLAIM);
        return org == null ? "" : org;
    }

    public Set<String> roles() {
        return identity.isAnonymous() ? Set.of() : new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    private String claim(String name) {
        return token() == null ? null : token().getClaim(name);
    }

    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token : null;
    }
}
