package fi.polku.caseowner.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.FollowUp;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    /** Follow-ups not yet completed and due before the day, per professional, earliest due first. */
    public List<FollowUp> openDueBefore(LocalDate day, UUID professionalId) {
        if (professionalId == null) {
            return list("completedAt is null and dueDate < ?1 order by professionalId, dueDate, id", day);
        }
        return list("completedAt is null and dueDate < ?1 and professionalId = ?2 order by dueDate, id", day,
                professionalId);
    }

    public Optional<FollowUp> openFollowUpOf(UUID clientId) {
        return find("clientId = ?1 and completedAt is null order by dueDate", clientId).firstResultOptional();
    }

    public List<FollowUp> allOpen() {
        return list("completedAt is null");
    }
}
