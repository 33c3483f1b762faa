package fi.polku.reporting.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What {@code /sign-in.html} offers ({@code GET /sign-in/methods}: whether the local stack's users are offered) and the sign-out, which ends the dashboard's session.
 */
@ApplicationScoped
public class SignInPage {

    private final boolean local;

    public SignInPage(LocalSignIn localSignIn) {
        this.local = localSignIn.enabled();
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
                .end(new JsonObject().put("local", local).encode());
    }

    static void redirect(RoutingContext context, String location) {
        context.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
