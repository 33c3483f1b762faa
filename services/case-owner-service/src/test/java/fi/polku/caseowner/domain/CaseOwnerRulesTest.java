package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CaseOwnerRulesTest {

    private final UUID full = UUID.randomUUID();
    private final UUID light = UUID.randomUUID();
    private final UUID heavier = UUID.randomUUID();

    @Test
    void picksTheLeastLoadedProfessionalWithCapacity() {
        List<Candidate> leastLoadedFirst = List.of(new Candidate(full, 2, 2), new Candidate(light, 10, 3),
                new Candidate(heavier, 10, 7));
        assertThat(CaseOwnerRules.choose(leastLoadedFirst, List.of()))
                .contains(new CaseOwnerRules.Choice(light, CaseOwnerRules.LEAST_LOADED));
    }

    @Test
    void nobodyWithCapacityMeansNoOwner() {
        assertThat(CaseOwnerRules.choose(List.of(new Candidate(full, 2, 2)), List.of())).isEmpty();
        assertThat(CaseOwnerRules.choose(List.of(), List.of(full))).isEmpty();
    }

    @Test
    void anEarlierOwnerWithCapacityGetsTheClientBackEvenWhenBusier() {
        List<Candidate> candidates = List.of(new Candidate(light, 10, 1), new Candidate(heavier, 10, 7));
        assertThat(CaseOwnerRules.choose(candidates, List.of(heavier)))
                .contains(new CaseOwnerRules.Choice(heavier, CaseOwnerRules.CONTINUITY));
    }

    @Test
    void continuityPrefersTheMostRecentEarlierOwnerAndSkipsThoseWhoAreFullOrGone() {
        UUID gone = UUID.randomUUID();
        List<Candidate> candidates = List.of(new Candidate(light, 10, 1), new Candidate(full, 2, 2),
                new Candidate(heavier, 10, 7));
        assertThat(CaseOwnerRules.choose(candidates, List.of(gone, full, heavier, light)))
                .contains(new CaseOwnerRules.Choice(heavier, CaseOwnerRules.CONTINUITY));
    }
}
