package fi.polku.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

import fi.polku.platform.access.ClientAccessConfig;

/**
 * Why the caller processes the data: the {@value #HEADER} request header when the calling system states it,
 * otherwise the service's configured default purpose.
 */
@RequestScoped
public class AccessPurpose {

    public static final String HEADER = "Polku-Purpose";
    private static final int MAX_LENGTH = 200;

    private final HttpHeaders headers;
    private final String defaultPurpose;

    public AccessPurpose(HttpHeaders headers, ClientAccessConfig config) {
        this.headers = headers;
        this.defaultPurpose = config.defaultPurpose();
    }

    public String current() {
        return of(headers.getHeaderString(HEADER), defaultPurpose);
    }

    /** The purpose a request states in {@value #HEADER}, or the default. */
    public static String of(String stated, String defaultPurpose) {
        if (stated == null || stated.isBlank()) {
            return defaultPurpose;
        }
        String trimmed = stated.strip();
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }
}
