package fi.polku.assessment.domain;

/** A party of an activation plan; the client is named by role only, never by name. */
public record PlanParty(PartyRole role, String name, String organisation) {
}
