package fi.polku.partner.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a partner receives its deliveries: an absolute https URL with a host and no user info or fragment. Plain
 * http only where configured (the local stack and tests, whose receivers listen on localhost).
 */
public final class CallbackUrl {

    private CallbackUrl() {
    }

    /** Why the URL cannot be a callback URL, or empty when it can. */
    public static Optional<String> problem(String url, boolean httpAllowed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !(httpAllowed && scheme.equals("http"))) {
            return Optional.of(httpAllowed ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not carry user info or a fragment");
        }
        return Optional.empty();
    }
}
