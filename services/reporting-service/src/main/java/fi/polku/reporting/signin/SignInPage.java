package fi.polku.reporting.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What {@code /sign-in.html} offers ({@code GET /sign-in/methods}: the local stack's users, the county's identity
 * provider, or both) and the sign-out, which ends the dashboard's session.
 */
@ApplicationScoped
public class SignInPage {

    private final boolean local;
    private final boolean county;

    public SignInPage(LocalSignIn localSignIn, @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean county) {
        this.local = localSignIn.enabled();
        this.county = county;
    }

    void routes(@Observes Router router) {
        router.get("/sign-in/methods").handler(this::methods);
        router.post("/sign-out").handler(context -> {
            context.response().addCookie(SessionCookie.cleared(SessionCookie.NAME, "/"));
            redirect(context, "/sign-in.html");
        });
    }

    private void methods(RoutingContext context) {
        context.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("local", local).put("county", county).encode());
    }

    static void redirect(RoutingContext context, String location) {
        context.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
