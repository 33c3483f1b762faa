package fi.polku.intake.domain;

public enum ReadinessStatus {
    MET,
    NOT_MET,
    UNKNOWN
}
