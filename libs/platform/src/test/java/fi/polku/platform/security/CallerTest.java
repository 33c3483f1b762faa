package fi.polku.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/**
 * The caller is whoever the request's security identity names, whichever mechanism verified the token (issue 20:
 * with Quarkus OIDC beside the platform's JWT check, an injected JsonWebToken named no one, so every analyst's
 * export was everyone's).
 */
class CallerTest {

    @Test
    void namesTheSubjectIssuerOrganisationAndRolesOfTheIdentitysToken() {
        Caller caller = new Caller(QuarkusSecurityIdentity.builder()
                .setPrincipal(token("analyst-a", "Aino Analyytikko", "hyvinvointialue-x", "analyst"))
                .addRole("analyst").build());

        assertThat(caller.subject()).isEqualTo("analyst-a");
        assertThat(caller.issuer()).isEqualTo("https://auth.polku.local");
        assertThat(caller.displayName()).isEqualTo("Aino Analyytikko");
        assertThat(caller.organisation()).isEqualTo("hyvinvointialue-x");
        assertThat(caller.roles()).containsExactly("analyst");
        assertThat(caller.hasRole("analyst")).isTrue();
        assertThat(caller.hasRole("case-owner")).isFalse();
    }

    @Test
    void twoIdentitiesAreTwoCallers() {
        Caller first = new Caller(QuarkusSecurityIdentity.builder()
                .setPrincipal(token("analyst-a", null, "org-a", "analyst")).addRole("analyst").build());
        Caller second = new Caller(QuarkusSecurityIdentity.builder()
                .setPrincipal(token("analyst-b", null, "org-b", "analyst")).addRole("analyst").build());

        assertThat(first.subject()).isEqualTo("analyst-a");
        assertThat(second.subject()).isEqualTo("analyst-b");
        assertThat(second.displayName()).as("no name claim: the subject").isEqualTo("analyst-b");
        assertThat(second.organisation()).isEqualTo("org-b");
    }

    @Test
    void anAnonymousRequestIsNoOne() {
        Caller caller = new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true)
                .setPrincipal(new QuarkusPrincipal("")).build());

        assertThat(caller.subject()).isEqualTo("anonymous");
        assertThat(caller.organisation()).isEmpty();
        assertThat(caller.roles()).isEmpty();
    }

    private static DefaultJWTCallerPrincipal token(String subject, String name, String organisation, String group) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://auth.polku.local");
        claims.setSubject(subject);
        claims.setClaim("groups", List.of(group));
        claims.setClaim(Caller.ORGANISATION_CLAIM, organisation);
        if (name != null) {
            claims.setClaim("name", name);
        }
        return new DefaultJWTCallerPrincipal("jwt-for-" + subject, "JWT", claims);
    }
}
