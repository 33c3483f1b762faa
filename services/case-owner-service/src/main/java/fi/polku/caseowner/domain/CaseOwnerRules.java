package fi.polku.caseowner.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.polku.caseowner.repository.ProfessionalRepository.Candidate;

/**
 * Who becomes a client's case owner automatically: an active professional serving the client's municipality who is
 * under their maximum caseload, the least loaded first (ties: the longest-serving professional first).
 */
public final class CaseOwnerRules {

    private CaseOwnerRules() {
    }

    /** @param candidates active professionals serving the municipality, least loaded first */
    public static Optional<UUID> choose(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::hasCapacity).map(Candidate::professionalId).findFirst();
    }
}
