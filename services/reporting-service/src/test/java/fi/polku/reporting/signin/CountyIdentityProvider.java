package fi.polku.reporting.signin;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fi.polku.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for the county's OpenID Connect provider, which is outside the system: discovery, the authorization
 * endpoint (it signs in {@link #signsIn} at once and sends the code back), the token endpoint (an ID token for the
 * dashboard's client and an access token as the county would issue for the API) and the keys. It signs with the
 * committed dev key, which the test profile trusts.
 */
public class CountyIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "polku-dashboard";
    static final String CLIENT_SECRET = "dashboard-secret-for-tests";

    /** Who the provider signs in next: roles and subject. */
    static volatile Set<String> signsInRoles = Set.of("analyst");
    static volatile String signsIn = "county-analyst";

    private final Map<String, String> subjectsByCode = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/keys", this::keys);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", base());
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        return config;
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        answer(exchange, 200, new JsonObject()
                .put("issuer", Tokens.ISSUER)
                .put("authorization_endpoint", base() + "/authorize")
                .put("token_endpoint", base() + "/token")
                .put("jwks_uri", base() + "/keys")
                .put("response_types_supported", new JsonArray().add("code"))
                .put("subject_types_supported", new JsonArray().add("public"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256")));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        subjectsByCode.put(code, signsIn);
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String subject = subjectsByCode.remove(body.getOrDefault("code", ""));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization")) || subject == null) {
            answer(exchange, 400, new JsonObject().put("error", "invalid_grant"));
            return;
        }
        String idToken = Jwt.issuer(Tokens.ISSUER).audience(CLIENT_ID).subject(subject)
                .expiresIn(Duration.ofMinutes(5)).jws().keyId("polku-dev").sign(devPrivateKey());
        answer(exchange, 200, new JsonObject()
                .put("token_type", "Bearer")
                .put("expires_in", 3600)
                .put("id_token", idToken)
                .put("access_token", Tokens.forRoles(signsInRoles, Tokens.DEFAULT_ORGANISATION, subject)));
    }

    private void keys(HttpExchange exchange) throws IOException {
        RSAPublicKey key = devPublicKey();
        answer(exchange, 200, new JsonObject().put("keys", new JsonArray().add(new JsonObject()
                .put("kty", "RSA").put("kid", "polku-dev").put("use", "sig").put("alg", "RS256")
                .put("n", unsigned(key.getModulus())).put("e", unsigned(key.getPublicExponent())))));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] magnitude = bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(magnitude);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                String[] parts = pair.split("=", 2);
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static PrivateKey devPrivateKey() {
        try {
            return KeyUtils.readPrivateKey("dev-keys/jwt-private.pem");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey devPublicKey() {
        try {
            return (RSAPublicKey) KeyUtils.readPublicKey("dev-keys/jwt-public.pem");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
