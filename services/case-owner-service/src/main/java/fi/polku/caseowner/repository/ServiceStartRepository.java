package fi.polku.caseowner.repository;

import java.time.OffsetDateTime;
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

    /** The client's service starts by start (ties by id), after the moment and id given (null: from the first). */
    public List<ServiceStart> startsOf(UUID clientId, OffsetDateTime afterTime, UUID afterId, int fetch) {
        if (afterTime == null) {
            return find("clientId = ?1 order by startedAt, id", clientId).page(0, fetch).list();
        }
        return find("clientId = ?1 and (startedAt > ?2 or (startedAt = ?2 and id > ?3)) order by startedAt, id",
                clientId, afterTime, afterId).page(0, fetch).list();
    }

    public List<ServiceStart> allOf(ServiceStart.Service service) {
        return list("service", service);
    }

    public List<ServiceStart> allUnacknowledged() {
        return list("acknowledgedAt is null order by startedAt");
    }
}
