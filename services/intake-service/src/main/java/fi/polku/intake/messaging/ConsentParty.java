package fi.polku.intake.messaging;

import fi.polku.intake.domain.ConsentPartyRole;

/** A party of a consent in events: its organisation identifier (business ID or county code), name and role. */
public record ConsentParty(String organisation, ConsentPartyRole role, String name) {
}
