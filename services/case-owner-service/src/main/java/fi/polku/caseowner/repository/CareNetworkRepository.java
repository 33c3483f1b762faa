package fi.polku.caseowner.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CareNetworkMember;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CareNetworkRepository implements PanacheRepositoryBase<CareNetworkMember, UUID> {

    public List<CareNetworkMember> networkOf(UUID clientId) {
        return list("clientId = ?1 order by validFrom, addedAt, id", clientId);
    }
}
