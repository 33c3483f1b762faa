package fi.polku.caseowner.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.ClientPlace;
import fi.polku.caseowner.domain.PlaceSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClientPlaceRepository implements PanacheRepositoryBase<ClientPlace, UUID> {

    public boolean exists(PlaceSource source, String sourceRef) {
        return count("source = ?1 and sourceRef = ?2", source, sourceRef) > 0;
    }

    /** The client's places in the order they were recorded (ties by id), after the moment and id given (null: from the first). */
    public List<ClientPlace> historyOf(UUID clientId, OffsetDateTime afterTime, UUID afterId, int fetch) {
        if (afterTime == null) {
            return find("clientId = ?1 order by recordedAt, id", clientId).page(0, fetch).list();
        }
        return find("clientId = ?1 and (recordedAt > ?2 or (recordedAt = ?2 and id > ?3)) order by recordedAt, id",
                clientId, afterTime, afterId).page(0, fetch).list();
    }
}
