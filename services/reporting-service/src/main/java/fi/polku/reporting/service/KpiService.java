package fi.polku.reporting.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.platform.time.ServiceTime;
import fi.polku.reporting.domain.CountList;
import fi.polku.reporting.domain.Kpis;
import fi.polku.reporting.repository.ClientFlowRepository;

@ApplicationScoped
public class KpiService {

    private final ClientFlowRepository flows;
    private final ServiceTime time;

    public KpiService(ClientFlowRepository flows, ServiceTime time) {
        this.flows = flows;
        this.time = time;
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
                time.timestamp());
    }
}
