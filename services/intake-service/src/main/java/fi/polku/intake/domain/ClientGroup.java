package fi.polku.intake.domain;

/**
 * How the person came to intake, the three client groups of the service model's "asiakkaan tunnistaminen" (seed 004):
 * "Palveluja hakevat uudet asiakkaat", "Palvelujen ulkopuolella olevat henkilöt", "Palvelujen piirissä olevat
 * asiakkaat".
 */
public enum ClientGroup {
    NEW_CLIENT_SEEKING_SERVICES,
    OUTSIDE_SERVICES,
    EXISTING_CLIENT
}
