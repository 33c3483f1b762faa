package fi.polku.reporting.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.reporting.domain.CountList;
import fi.polku.reporting.domain.Kpis;
import fi.polku.reporting.repository.ClientFlowRepository;

@ApplicationScoped
public class KpiService {

    private final ClientFlowRepository flows;

    public KpiService(ClientFlowRepository flows) {
        this.flows = flows;
    }

    /** Clients with and without a case owner add up to the registered clients, so they are suppressed together. */
    public Kpis current() {
        long registered = flows.registered();
        long withOwner = flows.withCaseOwner();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("withCaseOwner", withOwner);
        counts.put("waitingForCaseOwner", registered - withOwner);
        CountList table = CountList.of("caseOwner", counts);
        return new Kpis(table.total(), table.rows().get(0).count(), table.rows().get(1).count(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}
