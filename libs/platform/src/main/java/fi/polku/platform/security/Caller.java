package fi.polku.platform.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated person behind the current request, as the token names them. */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public String subject() {
        return token.getSubject() == null ? "anonymous" : token.getSubject();
    }

    public String issuer() {
        return token.getIssuer();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name == null ? subject() : name;
    }

    public String organisation() {
        String org = token.getClaim(ORGANISATION_CLAIM);
        return org == null ? "" : org;
    }

    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : new TreeSet<>(token.getGroups());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }
}
