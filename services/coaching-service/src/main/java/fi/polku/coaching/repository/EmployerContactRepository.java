package fi.polku.coaching.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.EmployerContact;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EmployerContactRepository implements PanacheRepositoryBase<EmployerContact, UUID> {

    public List<EmployerContact> ofProvider(UUID providerId) {
        return list("providerId = ?1 ORDER BY date", providerId);
    }

    /** By contact date, then recording time and id: a stable total order for keyset paging. */
    public Page<EmployerContact> pageOfCoach(UUID coachId, PageRequest page) {
        String[] after = page.afterParts(3);
        List<EmployerContact> rows = after == null
                ? find("coachId = ?1 ORDER BY date, createdAt, id", coachId).range(0, page.limit()).list()
                : find("coachId = ?1 AND (date > ?2 OR (date = ?2 AND (createdAt > ?3"
                        + " OR (createdAt = ?3 AND id > ?4)))) ORDER BY date, createdAt, id", coachId, Keyset.date(after[0]), PageKey.moment(after[1]),
                        PageKey.uuid(after[2])).range(0, page.limit()).list();
        return Page.of(rows, page, c -> PageKey.of(c.date, c.createdAt, c.id));
    }

    /** The dates of the provider's face-to-face employer contacts about the client. */
    @SuppressWarnings("unchecked")
    public List<LocalDate> faceToFaceAbout(UUID providerId, UUID clientId) {
        List<Object> rows = getEntityManager().createNativeQuery("""
                SELECT contact_date FROM employer_contact
                WHERE provider_id = :provider AND face_to_face AND :client = ANY (client_ids)""")
                .setParameter("provider", providerId).setParameter("client", clientId).getResultList();
        return rows.stream().map(r -> r instanceof LocalDate d ? d : ((java.sql.Date) r).toLocalDate()).toList();
    }

    public List<EmployerContact> ofCoach(UUID coachId) {
        return list("coachId = ?1 ORDER BY date, createdAt", coachId);
    }
}
