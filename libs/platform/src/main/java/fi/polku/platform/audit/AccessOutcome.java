package fi.polku.platform.audit;

public enum AccessOutcome {
    ALLOWED,
    DENIED
}
