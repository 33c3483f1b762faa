package fi.polku.reporting.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.reporting.domain.SuppressedCount;
import fi.polku.reporting.repository.ClientFlowRepository;
import fi.polku.reporting.rest.KpiView;

@ApplicationScoped
public class KpiService {

    private final ClientFlowRepository flows;

    public KpiService(ClientFlowRepository flows) {
        this.flows = flows;
    }

    public KpiView current() {
        long registered = flows.count("registeredAt is not null");
        long withOwner = flows.count("registeredAt is not null and caseOwnerAssignedAt is not null");
        long waiting = flows.count("registeredAt is not null and caseOwnerAssignedAt is null");
        return new KpiView(SuppressedCount.of(registered), SuppressedCount.of(withOwner),
                SuppressedCount.of(waiting), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
