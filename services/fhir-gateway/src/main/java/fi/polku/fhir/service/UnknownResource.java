package fi.polku.fhir.service;

/**
 * The owning service answered, but what it answered holds no record of the requested id (e.g. a plan version or an
 * access-log entry the client does not have): a 404, as when the owning service itself does not know an id. The
 * message names the kind of record and the service, never the id.
 */
public class UnknownResource extends RuntimeException {

    public UnknownResource(String record, String service) {
        super("No such " + record + " in " + service);
    }
}
