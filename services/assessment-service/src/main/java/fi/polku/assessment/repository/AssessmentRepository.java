package fi.polku.assessment.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Assessment;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public Optional<Assessment> findByBooking(UUID bookingId) {
        return find("bookingId", bookingId).firstResultOptional();
    }

    /** A page of the client's assessments by appointment time (key: appointment time, id). */
    public Page<Assessment> pageForClient(UUID clientId, PageRequest page) {
        String[] after = page.afterParts(2);
        Sort order = Sort.by("appointmentAt").and("id");
        PanacheQuery<Assessment> query = after == null ? find("clientId = ?1", order, clientId)
                : find("clientId = ?1 and (appointmentAt > ?2 or (appointmentAt = ?2 and id > ?3))", order, clientId,
                        PageKey.moment(after[0]), PageKey.uuid(after[1]));
        return Page.of(query.range(0, page.fetchSize() - 1).list(), page, a -> PageKey.of(a.appointmentAt, a.id));
    }
}
