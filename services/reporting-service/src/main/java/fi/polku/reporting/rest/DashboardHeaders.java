package fi.polku.reporting.rest;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard's page, script and style sheet: a strict Content Security Policy (only this origin's scripts, styles
 * and API; no framing), no type sniffing, and revalidation on every load instead of the static handler's public
 * caching, so a changed dashboard is never served stale. Set when the headers are written, after the static
 * handler has set its own.
 */
@ApplicationScoped
public class DashboardHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Set<String> DASHBOARD = Set.of("/", "/index.html", "/dashboard.js", "/dashboard.css",
            "/i18n.js", "/sign-in.html", "/sign-in.js");
    private static final int BEFORE_THE_STATIC_FILES = -10;

    void install(@Observes Router router) {
        router.route().order(BEFORE_THE_STATIC_FILES).handler(this::secure);
    }

    private void secure(RoutingContext context) {
        String path = context.normalizedPath();
        if (DASHBOARD.contains(path) || path.startsWith("/webjars/")) {
            boolean dashboardFile = DASHBOARD.contains(path);
            context.addHeadersEndHandler(ignored -> {
                context.response().putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("X-Frame-Options", "DENY")
                        .putHeader("Referrer-Policy", "no-referrer");
                if (dashboardFile) {
                    context.response().putHeader("Cache-Control", "no-cache");
                }
            });
        }
        context.next();
    }
}
