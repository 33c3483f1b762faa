package fi.polku.caseowner.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.ServiceStart;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ServiceStartRepository implements PanacheRepositoryBase<ServiceStart, UUID> {

    public boolean exists(ServiceStart.Service service, String referenceId) {
        return count("service = ?1 and referenceId = ?2", service, referenceId) > 0;
    }

    public List<ServiceStart> startsOf(UUID clientId) {
        return list("clientId = ?1 order by startedAt, id", clientId);
    }

    public List<ServiceStart> allUnacknowledged() {
        return list("acknowledgedAt is null order by startedAt");
    }
}
