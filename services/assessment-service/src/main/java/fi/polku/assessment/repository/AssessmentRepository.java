package fi.polku.assessment.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Assessment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public Optional<Assessment> findByBooking(UUID bookingId) {
        return find("bookingId", bookingId).firstResultOptional();
    }

    public List<Assessment> listForClient(UUID clientId) {
        return list("clientId", Sort.by("appointmentAt").and("id"), clientId);
    }
}
