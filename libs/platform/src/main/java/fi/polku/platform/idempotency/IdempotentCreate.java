package fi.polku.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Caller;
import io.vertx.core.http.HttpServerRequest;

/**
 * Makes a create POST safe to retry: with an {@code Idempotency-Key}, the first request's response is stored in the
 * same transaction as what it created, and a repeat from the same caller with the same body gets that response
 * again instead of a second resource. Reusing a key for a different request (another body, method or path) is
 * rejected.
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final HttpServerRequest httpRequest;

    public IdempotentCreate(EntityManager entityManager, ObjectMapper mapper, Caller caller,
            HttpServerRequest httpRequest) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.caller = caller;
        this.httpRequest = httpRequest;
    }

    /**
     * @param key the request's {@code Idempotency-Key}, or null to run the creation unguarded
     * @param request the request body, compared with the first request's on a repeat
     * @param create the creation itself, returning its response
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (!KEY_FORMAT.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String fingerprint = fingerprint(request);
        List<?> earlier = entityManager.createNativeQuery("""
                        SELECT request_hash, status, body, location FROM idempotency_record
                        WHERE caller = :caller AND idem_key = :key""")
                .setParameter("caller", caller.subject())
                .setParameter("key", key)
                .getResultList();
        if (!earlier.isEmpty()) {
            return replay((Object[]) earlier.get(0), fingerprint);
        }
        Response response = create.get();
        entityManager.createNativeQuery("""
                        INSERT INTO idempotency_record (caller, idem_key, request_hash, status, body, location)
                        VALUES (:caller, :key, :hash, :status, :body, :location)""")
                .setParameter("caller", caller.subject())
                .setParameter("key", key)
                .setParameter("hash", fingerprint)
                .setParameter("status", response.getStatus())
                .setParameter("body", toJson(response.getEntity()))
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .executeUpdate();
        return response;
    }

    private Response replay(Object[] earlier, String fingerprint) {
        if (!fingerprint.equals(earlier[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request body",
                    List.of(new Violation(HEADER, "was used for a different request")), Map.of());
        }
        Response.ResponseBuilder response = Response.status(((Number) earlier[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (earlier[2] != null) {
            response.entity(readJson((String) earlier[2]));
        }
        if (earlier[3] != null) {
            response.location(URI.create((String) earlier[3]));
        }
        return response.build();
    }

    private String fingerprint(Object request) {
        String target = httpRequest.method().name() + " " + httpRequest.path() + "\n";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((target + toJson(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored for idempotent replay", e);
        }
    }

    private JsonNode readJson(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response is not JSON", e);
        }
    }
}
