package fi.polku.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.Team;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** A page of the teams, of one municipality when a code is given, by name (key: name, id). */
    public Page<Team> page(String municipalityCode, PageRequest page) {
        String[] after = page.afterParts(2);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (municipalityCode != null) {
            where.append(" and municipalityCode = :municipality");
            parameters.and("municipality", municipalityCode);
        }
        if (after != null) {
            where.append(" and (name > :name or (name = :name and id > :id))");
            parameters.and("name", after[0]).and("id", PageKey.uuid(after[1]));
        }
        PanacheQuery<Team> query = find(where.toString(), Sort.by("name").and("id"), parameters);
        return Page.of(query.range(0, page.fetchSize() - 1).list(), page, t -> PageKey.of(t.name, t.id));
    }

    /** The teams in which the user (the token subject) is an active member. */
    @SuppressWarnings("unchecked")
    public List<UUID> idsWithActiveMember(String userId) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM team
                         WHERE members @> jsonb_build_array(jsonb_build_object('userId', CAST(:user AS text),
                                                                               'active', true))
                         ORDER BY id""", UUID.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
