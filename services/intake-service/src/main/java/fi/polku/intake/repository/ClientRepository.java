package fi.polku.intake.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Client;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The tables whose rows belong to a client and move to the kept client in a merge. */
    private static final List<String> CLIENT_RECORDS = List.of("referral", "initial_interview", "screening",
            "team_booking", "consent", "readiness_checklist");

    public Optional<Client> findByIdentityIndex(String blindIndex) {
        return find("identityCodeIndex", blindIndex).firstResultOptional();
    }

    /** Active clients of this name (without regard to case) and birth date, the earliest registered first. */
    public List<Client> activeByNameAndBirthDate(String firstName, String lastName, LocalDate birthDate) {
        return list("""
                from Client c where c.mergedInto is null and c.birthDate = ?1
                and lower(c.firstName) = lower(?2) and lower(c.lastName) = lower(?3)
                order by c.registeredAt, c.id""", birthDate, firstName.strip(), lastName.strip());
    }

    /**
     * Active clients the caller may see who share first name, last name and birth date with another active client
     * the caller may see (so that a candidate never reveals a client the caller may not see).
     */
    public List<Client> duplicateCandidates(Map<String, Object> visibility) {
        return list("""
                from Client c where c.mergedInto is null and %s and exists (
                    from Client other where other.id <> c.id and other.mergedInto is null
                    and other.birthDate = c.birthDate
                    and lower(other.firstName) = lower(c.firstName)
                    and lower(other.lastName) = lower(c.lastName) and %s)
                order by c.birthDate, lower(c.lastName), lower(c.firstName), c.registeredAt, c.id"""
                .formatted(ClientAccess.visibleClient("c.id"), ClientAccess.visibleClient("other.id")), visibility);
    }

    /**
     * Active clients neither screened nor booked to the team, the longest waiting first; only those the caller may
     * see unless {@code visibility} is empty (a supervisor's view of everyone waiting). A keyset page on
     * (registeredAt, id).
     */
    public Page<Client> waitingForIntake(String municipalityCode, PageRequest page, Map<String, Object> visibility) {
        String query = """
                from Client c where c.mergedInto is null
                and not exists (from Screening s where s.clientId = c.id)
                and not exists (from TeamBooking b where b.clientId = c.id)""";
        Map<String, Object> parameters = new HashMap<>(visibility);
        if (!visibility.isEmpty()) {
            query += " and " + ClientAccess.visibleClient("c.id");
        }
        if (municipalityCode != null) {
            query += " and c.municipalityCode = :municipality";
            parameters.put("municipality", municipalityCode);
        }
        String[] after = page.afterParts(2);
        if (after != null) {
            query += " and (c.registeredAt > :afterTime or (c.registeredAt = :afterTime and c.id > :afterId))";
            parameters.put("afterTime", PageKey.moment(after[0]));
            parameters.put("afterId", PageKey.uuid(after[1]));
        }
        List<Client> rows = find(query + " order by c.registeredAt, c.id", parameters).page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, client -> PageKey.of(client.registeredAt, client.id));
    }

    /** Moves every record of the merged client, and every alias pointing to it, to the kept client. */
    public void repointRecords(UUID mergedId, UUID keptId) {
        for (String table : CLIENT_RECORDS) {
            getEntityManager().createNativeQuery("UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged")
                    .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        }
        getEntityManager().createNativeQuery("UPDATE client SET merged_into = :kept WHERE merged_into = :merged")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
    }
}
