package fi.polku.testkit;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Mints bearer tokens signed with the committed dev key, which only the dev, local and test profiles trust.
 * {@code main} prints one: {@code ./polku token <role> [organisation] [subject]}.
 */
public final class Tokens {

    public static final String ISSUER = "https://auth.polku.local";
    public static final String AUDIENCE = "polku";
    public static final String DEFAULT_ORGANISATION = "hyvinvointialue-dev";

    private Tokens() {
    }

    public static String token(String role) {
        return token(role, DEFAULT_ORGANISATION, role + "-user");
    }

    public static String token(String role, String organisation, String subject) {
        return forRoles(Set.of(role), organisation, subject);
    }

    public static String forRoles(Set<String> roles, String organisation, String subject) {
        return claims(roles, organisation, subject).expiresIn(Duration.ofHours(8)).jws().keyId("polku-dev")
                .sign(devKey());
    }

    /** A token issued at {@code issuedAt} for {@code lifetime}, for tests of the services' token rules. */
    public static String issuedAt(String role, Instant issuedAt, Duration lifetime) {
        return claims(Set.of(role), DEFAULT_ORGANISATION, role + "-user").issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime)).jws().keyId("polku-dev").sign(devKey());
    }

    /** A token signed with the dev key but naming another issuer, for tests that the services trust one issuer. */
    public static String issuedBy(String issuer, String role, String organisation, String subject) {
        return claims(Set.of(role), organisation, subject).issuer(issuer).expiresIn(Duration.ofHours(1)).jws()
                .keyId("polku-dev").sign(devKey());
    }

    /** A token without a subject, for tests that the services refuse it. */
    public static String withoutSubject(String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn("nobody").claim("org", DEFAULT_ORGANISATION)
                .groups(Set.of(role)).expiresIn(Duration.ofHours(1)).jws().keyId("polku-dev").sign(devKey());
    }

    private static JwtClaimsBuilder claims(Set<String> roles, String organisation, String subject) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .claim("name", subject)
                .claim("org", organisation)
                .groups(roles);
    }

    private static PrivateKey devKey() {
        try {
            return KeyUtils.readPrivateKey("dev-keys/jwt-private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("The dev signing key is missing from the testkit", e);
        }
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: token <role> [organisation] [subject]");
            System.exit(2);
        }
        String role = args[0];
        String organisation = args.length > 1 ? args[1] : DEFAULT_ORGANISATION;
        String subject = args.length > 2 ? args[2] : role + "-user";
        System.out.println(token(role, organisation, subject));
    }
}
