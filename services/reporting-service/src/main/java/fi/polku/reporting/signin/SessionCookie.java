package fi.polku.reporting.signin;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;

/** The dashboard's session: a token in an HttpOnly, SameSite=Strict cookie that the service's JWT check reads. */
final class SessionCookie {

    static final String NAME = "polku_session";

    private SessionCookie() {
    }

    static Cookie holding(String token) {
        return Cookie.cookie(NAME, token).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT);
    }

    static Cookie cleared(String name, String path) {
        return Cookie.cookie(name, "").setPath(path).setHttpOnly(true).setMaxAge(0);
    }
}
