package fi.polku.caseowner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.polku.caseowner.domain.CaseOwnerRules;
import fi.polku.caseowner.repository.ProfessionalRepository.Candidate;

class CaseOwnerRulesTest {

    private final UUID full = UUID.randomUUID();
    private final UUID light = UUID.randomUUID();
    private final UUID heavier = UUID.randomUUID();

    @Test
    void picksTheLeastLoadedProfessionalWithCapacity() {
        List<Candidate> leastLoadedFirst = List.of(new Candidate(full, 2, 2), new Candidate(light, 10, 3),
                new Candidate(heavier, 10, 7));
        assertThat(CaseOwnerRules.choose(leastLoadedFirst)).contains(light);
    }

    @Test
    void nobodyWithCapacityMeansNoOwner() {
        assertThat(CaseOwnerRules.choose(List.of(new Candidate(full, 2, 2)))).isEmpty();
        assertThat(CaseOwnerRules.choose(List.of())).isEmpty();
    }
}
