package fi.polku.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;


/**
 * Why the caller processes the data: the {@value #HEADER} request header when the calling system states it,
 * otherwise the service's configured default purpose; and as a code, the one the header names or the service's.
 */
@RequestScoped
public class AccessPurpose {

    public static final String HEADER = "Polku-Purpose";
    private static final int MAX_LENGTH = 200;

    private final HttpHeaders headers;
    private final String defaultPurpose;
    private final ProcessingPurpose defaultCode;

    public AccessPurpose(HttpHeaders headers, AccessLogConfig config) {
        this.headers = headers;
        this.defaultPurpose = config.defaultPurpose();
        this.defaultCode = config.purposeCode();
    }

    public String current() {
        return of(headers.getHeaderString(HEADER), defaultPurpose);
    }

    public ProcessingPurpose currentCode() {
        return codeOf(headers.getHeaderString(HEADER), defaultCode);
    }

    /** The code a stated purpose names, or the service's. */
    public static ProcessingPurpose codeOf(String stated, ProcessingPurpose serviceCode) {
        return ProcessingPurpose.named(stated).orElse(serviceCode);
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
