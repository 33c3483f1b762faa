package fi.polku.platform.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * What a verified token must also be before anyone is authenticated by it (401 otherwise). It names its subject:
 * care relationships, consents' coverage and the access log are the subject's, so tokens without {@code sub} would
 * share one another's access. It was not issued in the future beyond the clock skew: such a token was minted to
 * outlive its issuer's rules. (The longest lifetime is SmallRye JWT's {@code smallrye.jwt.time-to-live}.)
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    private final Duration clockSkew;

    public TokenRules(@ConfigProperty(name = "mp.jwt.verify.clock.skew") long clockSkewSeconds) {
        this.clockSkew = Duration.ofSeconds(clockSkewSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() == null || token.getSubject().isBlank()) {
                return refuse("The token names no subject");
            }
            if (Instant.ofEpochSecond(token.getIssuedAtTime()).isAfter(Instant.now().plus(clockSkew))) {
                return refuse("The token was issued in the future");
            }
        }
        return Uni.createFrom().item(identity);
    }

    private static Uni<SecurityIdentity> refuse(String why) {
        return Uni.createFrom().failure(new AuthenticationFailedException(why));
    }
}
