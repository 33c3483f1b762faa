package fi.polku.reporting.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fi.polku.platform.security.Roles;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard's sign-in through the county's OpenID Connect provider. Quarkus OIDC runs the authorization code
 * flow on {@code /sign-in/county} (see application.properties); once the analyst is back with tokens, the access
 * token becomes the dashboard's session cookie, so the reports check it like any bearer token (signature, issuer,
 * audience, lifetime, the {@code analyst} role). When it expires the dashboard comes back here, and the provider's
 * own session signs the analyst in again without a prompt. A signed-in user without the analyst role gets no session.
 * Either way the OIDC session ends here: the dashboard needs only the token.
 */
@ApplicationScoped
public class CountySignIn {

    /** Quarkus OIDC's session cookie of the default tenant, set by the code flow. */
    private static final String OIDC_SESSION_COOKIE = "q_session";

    private final boolean enabled;
    private final String oidcCookiePath;

    public CountySignIn(@ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean enabled,
            @ConfigProperty(name = "quarkus.oidc.authentication.cookie-path") String oidcCookiePath) {
        this.enabled = enabled;
        this.oidcCookiePath = oidcCookiePath;
    }

    void routes(@Observes Router router) {
        if (enabled) {
            router.get("/sign-in/county").handler(this::signIn);
        }
    }

    private void signIn(RoutingContext context) {
        SecurityIdentity identity = ((QuarkusHttpUser) context.user()).getSecurityIdentity();
        context.response().addCookie(SessionCookie.cleared(OIDC_SESSION_COOKIE, oidcCookiePath));
        if (!identity.hasRole(Roles.ANALYST)) {
            SignInPage.redirect(context, "/sign-in.html?refused=role");
            return;
        }
        String accessToken = identity.getCredential(AccessTokenCredential.class).getToken();
        context.response().addCookie(SessionCookie.holding(accessToken));
        SignInPage.redirect(context, "/");
    }
}
