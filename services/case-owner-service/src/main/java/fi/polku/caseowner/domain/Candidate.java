package fi.polku.caseowner.domain;

import java.util.UUID;

/** An active professional whose role fits the client and who serves the client's municipality, with their load. */
public record Candidate(UUID professionalId, int maxCaseload, int caseload) {

    public boolean hasCapacity() {
        return caseload < maxCaseload;
    }
}
