package fi.polku.fhir.rest;

/** A search or read parameter the gateway cannot use; its message names the parameter, never its value. */
public class InvalidSearch extends RuntimeException {

    public InvalidSearch(String message) {
        super(message);
    }
}
