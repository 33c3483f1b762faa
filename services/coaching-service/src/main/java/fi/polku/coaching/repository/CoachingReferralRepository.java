package fi.polku.coaching.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.CoachingReferral;
import fi.polku.coaching.domain.ReferralStatus;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CoachingReferralRepository implements PanacheRepositoryBase<CoachingReferral, UUID> {

    /**
     * What a referral list asks for; a null field does not filter. {@code unansweredOn}: only referrals still
     * REQUESTED past their answer day on that date.
     */
    public record Filter(UUID providerId, UUID clientId, ReferralStatus status, LocalDate unansweredOn) {
    }

    /**
     * A keyset page on (requestedAt, id), the oldest first, of the referrals matching the filter; {@code visibility}
     * is the platform's access condition (empty when the caller's view is not limited by it).
     */
    public Page<CoachingReferral> page(Filter filter, PageRequest page, Map<String, Object> visibility) {
        StringBuilder query = new StringBuilder("from CoachingReferral r where 1 = 1");
        Map<String, Object> parameters = new HashMap<>(visibility);
        if (!visibility.isEmpty()) {
            query.append(" and ").append(ClientAccess.visibleClient("r.clientId"));
        }
        if (filter.providerId() != null) {
            query.append(" and r.providerId = :provider");
            parameters.put("provider", filter.providerId());
        }
        if (filter.clientId() != null) {
            query.append(" and r.clientId = :client");
            parameters.put("client", filter.clientId());
        }
        if (filter.status() != null) {
            query.append(" and r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.unansweredOn() != null) {
            query.append(" and r.status = :requested and r.answerDueBy < :today");
            parameters.put("requested", ReferralStatus.REQUESTED);
            parameters.put("today", filter.unansweredOn());
        }
        String[] after = page.afterParts(2);
        if (after != null) {
            query.append(" and (r.requestedAt > :afterTime or (r.requestedAt = :afterTime and r.id > :afterId))");
            parameters.put("afterTime", PageKey.moment(after[0]));
            parameters.put("afterId", PageKey.uuid(after[1]));
        }
        List<CoachingReferral> rows = find(query + " order by r.requestedAt, r.id", parameters)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, r -> PageKey.of(r.requestedAt, r.id));
    }

    public Optional<CoachingReferral> ofEpisode(UUID episodeId) {
        return find("episodeId", episodeId).firstResultOptional();
    }
}
