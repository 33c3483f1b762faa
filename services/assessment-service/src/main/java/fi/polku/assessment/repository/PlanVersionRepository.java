package fi.polku.assessment.repository;

import java.util.Optional;
import java.util.UUID;

import fi.polku.assessment.domain.PlanVersion;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The versions of one kind of client plan. */
public abstract class PlanVersionRepository<P extends PlanVersion> implements PanacheRepositoryBase<P, UUID> {

    /** A page of the client's plan versions, the newest first (key: version). */
    public Page<P> versionsForClient(UUID clientId, PageRequest page) {
        String[] after = page.afterParts(1);
        Sort newestFirst = Sort.descending("version");
        PanacheQuery<P> query = after == null ? find("clientId = ?1", newestFirst, clientId)
                : find("clientId = ?1 and version < ?2", newestFirst, clientId, version(after[0]));
        return Page.of(query.range(0, page.fetchSize() - 1).list(), page, p -> PageKey.of(p.version));
    }

    public Optional<P> latestForClient(UUID clientId) {
        return find("clientId", Sort.descending("version"), clientId).firstResultOptional();
    }

    private static int version(String keyPart) {
        try {
            int version = Integer.parseInt(keyPart);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
    }
}
