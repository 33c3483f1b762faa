package fi.polku.fhir.upstream;

/**
 * An owning service refused or failed a call the gateway made for its caller. Carries only the service and the
 * status: the upstream body is not repeated, so nothing the caller sent (an identity code) travels into an error.
 */
public class UpstreamFailure extends RuntimeException {

    private final String service;
    private final int status;

    public UpstreamFailure(String service, int status, Throwable cause) {
        super(service + " answered " + (status == 0 ? "nothing" : status), cause);
        this.service = service;
        this.status = status;
    }

    public String service() {
        return service;
    }

    /** The owning service's HTTP status; 0 when it could not be reached. */
    public int status() {
        return status;
    }
}
