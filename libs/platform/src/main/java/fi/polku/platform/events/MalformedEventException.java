package fi.polku.platform.events;

/** A record that is not a valid Polku CloudEvent; it can never be processed, so it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
