package fi.polku.caseowner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.polku.caseowner.messaging.JobStarted;
import fi.polku.caseowner.messaging.ServiceEnded;
import fi.polku.platform.servicemap.ServicePlace;

/**
 * Where a client is on the service map (seed 004): "KUNTOUTUS · lääkinnällinen · ammatillinen · sosiaalinen",
 * "KOHTI TYÖELÄMÄÄ · työkokeilu · palkkatuki", "KOULUTUS", "SAIRAUSPOISSAOLO", "ELÄKE · työkyvyttömyyseläke",
 * "AVOIMET TYÖMARKKINAT".
 */
class ServicePlaceRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void aPlaceBecomesCurrentWhenItDiffersAndIsNotOlderThanTheCurrentOne() {
        KnownClient client = new KnownClient();
        assertThat(client.arriveAt(ServicePlace.SERVICE_GUIDANCE, MONDAY, "registration")).isTrue();

        assertThat(client.arriveAt(ServicePlace.TRAINING, MONDAY.minusDays(1), "older")).isFalse();
        assertThat(client.arriveAt(ServicePlace.SERVICE_GUIDANCE, MONDAY.plusDays(3), "same place")).isFalse();
        assertThat(client.place).isEqualTo(ServicePlace.SERVICE_GUIDANCE);
        assertThat(client.placeSince).isEqualTo(MONDAY);

        assertThat(client.arriveAt(ServicePlace.REHABILITATIVE_WORK_ACTIVITY, MONDAY, "same day")).isTrue();
        assertThat(client.place).isEqualTo(ServicePlace.REHABILITATIVE_WORK_ACTIVITY);
        assertThat(client.placeSourceRef).isEqualTo("same day");
    }

    @Test
    void aClosurePutsTheClientWhereTheyWentOrOutOfTheServices() {
        Map<ClosureReason, ServicePlace> destinations = Arrays.stream(ClosureReason.values())
                .collect(Collectors.toMap(reason -> reason, ClosureReason::destination));

        assertThat(destinations).containsEntry(ClosureReason.EMPLOYED_OPEN_LABOUR_MARKET,
                        ServicePlace.OPEN_LABOUR_MARKET)
                .containsEntry(ClosureReason.PAY_SUBSIDISED_WORK, ServicePlace.PAY_SUBSIDISED_WORK)
                .containsEntry(ClosureReason.STUDIES, ServicePlace.TRAINING)
                .containsEntry(ClosureReason.REHABILITATION, ServicePlace.REHABILITATION)
                .containsEntry(ClosureReason.PENSION, ServicePlace.PENSION)
                .containsEntry(ClosureReason.SICK_LEAVE, ServicePlace.SICK_LEAVE)
                .containsEntry(ClosureReason.MOVED_AWAY, ServicePlace.LEFT_SERVICES)
                .containsEntry(ClosureReason.DECEASED, ServicePlace.LEFT_SERVICES);
    }

    @Test
    void coachingsOutcomeAndAJobNameThePlaceTheClientWentTo() {
        assertThat(ended("TE_SERVICES").destination()).contains(ServicePlace.EMPLOYMENT_SERVICES);
        assertThat(ended("PAID_WORK").destination()).contains(ServicePlace.OPEN_LABOUR_MARKET);
        assertThat(ended("WORK_TRIAL").destination()).contains(ServicePlace.WORK_TRIAL);
        assertThat(ended("DISCONTINUED_BY_CLIENT").destination()).isEmpty();
        assertThat(ended(null).destination()).isEmpty();

        assertThat(new JobStarted(null, null, "WORK_TRIAL", true, MONDAY).place()).contains(ServicePlace.WORK_TRIAL);
        assertThat(new JobStarted(null, null, "EMPLOYMENT", true, MONDAY).place())
                .contains(ServicePlace.OPEN_LABOUR_MARKET);
        assertThat(new JobStarted(null, null, "EMPLOYMENT", false, MONDAY).place()).isEmpty();
    }

    private static ServiceEnded ended(String outcome) {
        return new ServiceEnded(null, null, "episode", outcome, null, null, null);
    }
}
