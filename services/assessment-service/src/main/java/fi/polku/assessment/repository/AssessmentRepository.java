package fi.polku.assessment.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.AssessmentStatus;
import fi.polku.assessment.service.WorkListFilter;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public Optional<Assessment> findByBooking(UUID bookingId) {
        return find("bookingId", bookingId).firstResultOptional();
    }

    /**
     * A page of assessments by appointment time (key: appointment time, id): of one client when {@code clientId} is
     * given, of the given teams when {@code teamIds} is, with the filter's days and the statuses; limited to the
     * clients the caller may see when {@code visibility} holds {@link ClientAccess}'s parameters (empty: the
     * caller's access to the one client was checked already).
     */
    public Page<Assessment> page(UUID clientId, Collection<UUID> teamIds, WorkListFilter filter,
            Set<AssessmentStatus> statuses, Map<String, Object> visibility, PageRequest page) {
        StringBuilder where = new StringBuilder("a.status in :statuses");
        Map<String, Object> parameters = new HashMap<>(visibility);
        parameters.put("statuses", List.copyOf(statuses));
        if (!visibility.isEmpty()) {
            where.append(" and ").append(ClientAccess.visibleClient("a.clientId"));
        }
        if (clientId != null) {
            where.append(" and a.clientId = :client");
            parameters.put("client", clientId);
        }
        if (teamIds != null) {
            where.append(" and a.teamId in :teams");
            parameters.put("teams", List.copyOf(teamIds));
        }
        if (filter.fromInstant() != null) {
            where.append(" and a.appointmentAt >= :from");
            parameters.put("from", filter.fromInstant());
        }
        if (filter.untilInstant() != null) {
            where.append(" and a.appointmentAt < :until");
            parameters.put("until", filter.untilInstant());
        }
        String[] after = page.afterParts(2);
        if (after != null) {
            where.append(" and (a.appointmentAt > :afterTime or (a.appointmentAt = :afterTime and a.id > :afterId))");
            parameters.put("afterTime", PageKey.moment(after[0]));
            parameters.put("afterId", PageKey.uuid(after[1]));
        }
        List<Assessment> rows = find("from Assessment a where " + where + " order by a.appointmentAt, a.id",
                parameters).range(0, page.fetchSize() - 1).list();
        return Page.of(rows, page, a -> PageKey.of(a.appointmentAt, a.id));
    }
}
