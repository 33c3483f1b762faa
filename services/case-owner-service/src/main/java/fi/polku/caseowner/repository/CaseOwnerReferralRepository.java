package fi.polku.caseowner.repository;

import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.CaseOwnerReferral;
import fi.polku.caseowner.domain.CaseOwnerReferralStatus;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseOwnerReferralRepository implements PanacheRepositoryBase<CaseOwnerReferral, UUID> {

    /**
     * Which referrals to list: those a provider sent (optionally of one episode), or those a receiver answers: the
     * clients a professional owns, and, for a coordinator, the clients without a case owner in their municipalities.
     */
    public record Filter(String senderOrganisation, UUID episodeId, UUID ownerProfessionalId,
            Collection<String> unownedInMunicipalities, CaseOwnerReferralStatus status) {
    }

    /** A page of referrals, the oldest request first (key: requested at, id). */
    public Page<CaseOwnerReferral> page(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.senderOrganisation() != null) {
            where.append(" and senderOrganisation = :sender");
            parameters.and("sender", filter.senderOrganisation());
        }
        if (filter.episodeId() != null) {
            where.append(" and episodeId = :episode");
            parameters.and("episode", filter.episodeId());
        }
        if (filter.ownerProfessionalId() != null) {
            where.append(" and (clientId in (select a.clientId from CaseOwnerAssignment a"
                    + " where a.professionalId = :owner)");
            parameters.and("owner", filter.ownerProfessionalId());
            if (filter.unownedInMunicipalities() != null && !filter.unownedInMunicipalities().isEmpty()) {
                where.append(" or clientId in (select a.clientId from CaseOwnerAssignment a, KnownClient c"
                        + " where c.clientId = a.clientId and a.professionalId is null"
                        + " and c.municipalityCode in :municipalities)");
                parameters.and("municipalities", filter.unownedInMunicipalities());
            }
            where.append(")");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        String[] after = page.afterParts(2);
        if (after != null) {
            where.append(" and (requestedAt > :afterTime or (requestedAt = :afterTime and id > :afterId))");
            parameters.and("afterTime", PageKey.moment(after[0])).and("afterId", PageKey.uuid(after[1]));
        }
        return Page.of(find(where.toString(), Sort.by("requestedAt").and("id"), parameters)
                .range(0, page.fetchSize() - 1).list(), page, r -> PageKey.of(r.requestedAt, r.id));
    }
}
