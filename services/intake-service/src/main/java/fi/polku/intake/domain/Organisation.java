package fi.polku.intake.domain;

/** An entry of the organisation register: its identifier (business ID or code), names in Finnish and Swedish. */
public record Organisation(String identifier, String nameFi, String nameSv, OrganisationKind kind) {
}
