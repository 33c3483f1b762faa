package fi.polku.intake.rest;

import java.util.UUID;

public record ClientIdView(UUID clientId) {
}
