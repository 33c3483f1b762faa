package fi.polku.fhir.upstream;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's own bearer token, passed on unchanged to the owning services: they decide about access and write their
 * access logs for the caller exactly as for a direct call. The gateway never calls them under an identity of its own.
 */
@RequestScoped
public class CallerToken {

    private final JsonWebToken token;

    public CallerToken(JsonWebToken token) {
        this.token = token;
    }

    public Map<String, String> headers() {
        return Map.of("Authorization", "Bearer " + token.getRawToken());
    }

    public boolean hasAnyRole(Set<String> roles) {
        return token.getGroups().stream().anyMatch(roles::contains);
    }
}
