package fi.polku.reporting.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.reporting.domain.ClientFlow;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClientFlowRepository implements PanacheRepositoryBase<ClientFlow, UUID> {

    private static final String REGISTERED = "registeredAt is not null and mergedInto is null";

    public long registered() {
        return count(REGISTERED);
    }

    public long withCaseOwner() {
        return count(REGISTERED + " and caseOwnerAssignedAt is not null");
    }
}
