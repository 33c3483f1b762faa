package fi.polku.intake.domain;

/** Why an identity code was rejected; the message never contains the code itself. */
public class InvalidIdentityCodeException extends RuntimeException {

    public InvalidIdentityCodeException(String reason) {
        super(reason);
    }
}
