package fi.polku.assessment.repository;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.AssessmentReferral;
import fi.polku.assessment.domain.AssessmentReferralStatus;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssessmentReferralRepository implements PanacheRepositoryBase<AssessmentReferral, UUID> {

    /** Which referrals to list: one client's, or those to some teams; optionally of one status. */
    public record Filter(UUID clientId, Collection<UUID> teamIds, AssessmentReferralStatus status) {
    }

    public Optional<AssessmentReferral> ofAssessment(UUID assessmentId) {
        return find("assessmentId", assessmentId).firstResultOptional();
    }

    /** A page of referrals, the oldest request first (key: requested at, id). */
    public Page<AssessmentReferral> page(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.clientId() != null) {
            where.append(" and clientId = :client");
            parameters.and("client", filter.clientId());
        }
        if (filter.teamIds() != null) {
            where.append(" and teamId in :teams");
            parameters.and("teams", filter.teamIds());
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
