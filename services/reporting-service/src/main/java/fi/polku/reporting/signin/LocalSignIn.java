package fi.polku.reporting.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The dashboard's sign-in on the local stack: {@code /sign-in.html} offers the analysts whose dev tokens the local
 * stack wrote ({@code .polku/tokens/analyst/<organisation>/<subject>.jwt}); choosing one puts that token into an
 * HttpOnly, SameSite=Strict session cookie that the service's JWT check reads (no token in the page or in the
 * browser's storage). Only with {@code polku.dashboard.local-sign-in.tokens} set, which {@link LocalSignInGuard}
 * refuses outside the dev, test and local profiles. In production the county's identity provider signs in.
 */
@ApplicationScoped
public class LocalSignIn {

    private static final String ROLE = "analyst";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final long EIGHT_HOURS = 8 * 3600;

    private final Optional<Path> tokens;

    public LocalSignIn(@ConfigProperty(name = "polku.dashboard.local-sign-in.tokens") Optional<String> tokens) {
        this.tokens = tokens.map(Path::of);
    }

    boolean enabled() {
        return tokens.isPresent();
    }

    void routes(@Observes Router router) {
        if (tokens.isPresent()) {
            router.get("/sign-in/local/users").handler(this::users);
            router.post("/sign-in/local").handler(BodyHandler.create().setBodyLimit(1024)).handler(this::signIn);
        }
    }

    /** The analysts one may sign in as: {@code [{"organisation": ..., "subject": ...}]}. */
    private void users(RoutingContext context) {
        JsonArray users = new JsonArray();
        analysts().forEach(file -> users.add(new JsonObject()
                .put("organisation", file.getParent().getFileName().toString())
                .put("subject", file.getFileName().toString().replaceFirst("\\.jwt$", ""))));
        context.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(users.encode());
    }

    private void signIn(RoutingContext context) {
        String organisation = context.request().getFormAttribute("organisation");
        String subject = context.request().getFormAttribute("subject");
        if (organisation == null || subject == null || !NAME.matcher(organisation).matches()
                || !NAME.matcher(subject).matches()) {
            context.response().setStatusCode(400).end();
            return;
        }
        Path file = tokens.get().resolve(ROLE).resolve(organisation).resolve(subject + ".jwt");
        if (!Files.isRegularFile(file)) {
            context.response().setStatusCode(404).end();
            return;
        }
        context.response().addCookie(SessionCookie.holding(read(file)).setMaxAge(EIGHT_HOURS));
        SignInPage.redirect(context, "/");
    }

    private List<Path> analysts() {
        Path dir = tokens.get().resolve(ROLE);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.find(dir, 2, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().endsWith(".jwt"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
