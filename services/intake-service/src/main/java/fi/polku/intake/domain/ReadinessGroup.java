package fi.polku.intake.domain;

/** The three groups of the readiness checklist (seed 003 §7.3). */
public enum ReadinessGroup {
    /** Motivaatio ja asenne. */
    MOTIVATION("motivation", "Motivaatio ja asenne"),
    /** Oikea-aikaisuus ja tarve. */
    TIMELINESS("timeliness", "Oikea-aikaisuus ja tarve"),
    /** Elämäntilanne. */
    LIFE_SITUATION("lifeSituation", "Elämäntilanne");

    private final String key;
    private final String title;

    ReadinessGroup(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The group's key in {@code ReadinessAssessed.groups}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }
}
