package fi.polku.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every API response may hold personal data: no cache, shared or private, keeps it ({@code no-store}, and
 * {@code Pragma} for HTTP/1.0 caches), and no browser guesses its type.
 */
public class NoStoreHeaders {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("Pragma", "no-cache");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
