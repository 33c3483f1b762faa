package fi.polku.intake.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.Client;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The tables whose rows belong to a client and move to the kept client in a merge. */
    private static final List<String> CLIENT_RECORDS = List.of("referral", "initial_interview", "screening",
            "team_booking", "consent", "readiness_checklist");

    public Optional<Client> findByIdentityIndex(String blindIndex) {
        return find("identityCodeIndex", blindIndex).firstResultOptional();
    }

    /** Active clients who share first name, last name and birth date with another active client. */
    public List<Client> duplicateCandidates() {
        return list("""
                from Client c where c.mergedInto is null and exists (
                    from Client other where other.id <> c.id and other.mergedInto is null
                    and other.birthDate = c.birthDate
                    and lower(other.firstName) = lower(c.firstName)
                    and lower(other.lastName) = lower(c.lastName))
                order by c.birthDate, lower(c.lastName), lower(c.firstName), c.registeredAt, c.id""");
    }

    /** Active clients neither screened nor booked to the team, the longest waiting first. */
    public List<Client> waitingForIntake(String municipalityCode, int limit) {
        String query = """
                from Client c where c.mergedInto is null
                and not exists (from Screening s where s.clientId = c.id)
                and not exists (from TeamBooking b where b.clientId = c.id)""";
        Parameters parameters = new Parameters();
        if (municipalityCode != null) {
            query += " and c.municipalityCode = :municipality";
            parameters = parameters.and("municipality", municipalityCode);
        }
        return find(query + " order by c.registeredAt, c.id", parameters).page(0, limit).list();
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
