package fi.polku.platform.audit;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fi.polku.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes a refusal by role on a client's URL to the access log, as {@link fi.polku.access.ClientAccess}
 * writes refusals by basis. The role check refuses before the request reaches the service, on the event loop, so
 * the entry is written from the security layer's failure event, observed asynchronously on a worker thread with
 * the identity and the request the event carries.
 */
@ApplicationScoped
public class RoleRefusals {

    private static final Pattern CLIENT_URL = Pattern.compile(
            "^/api/v1/clients/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                    + "(?:/([a-z-]+))?");

    private final AccessLog accessLog;
    private final String defaultPurpose;
    private final ProcessingPurpose purposeCode;

    public RoleRefusals(AccessLog accessLog, AccessLogConfig config) {
        this.accessLog = accessLog;
        this.defaultPurpose = config.defaultPurpose();
        this.purposeCode = config.purposeCode();
    }

    void onRefusal(@ObservesAsync AuthorizationFailureEvent refusal) {
        SecurityIdentity identity = refusal.getSecurityIdentity();
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)
                || !(refusal.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext request)) {
            return;
        }
        Matcher clientUrl = CLIENT_URL.matcher(request.normalizedPath());
        if (!clientUrl.find()) {
            return;
        }
        String what = clientUrl.group(2) == null ? "client" : clientUrl.group(2);
        String stated = request.request().getHeader(AccessPurpose.HEADER);
        accessLog.recordDenied(UUID.fromString(clientUrl.group(1)),
                "refused by role: " + request.request().method().name() + " " + what, new Caller(identity),
                AccessPurpose.of(stated, defaultPurpose), AccessPurpose.codeOf(stated, purposeCode));
    }
}
