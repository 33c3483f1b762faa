package fi.polku.intake.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Keyset pages of a client's records, oldest first by a moment column and then the id: a total order in which
 * records added while a caller pages come after the ones already seen, so nothing is skipped or repeated.
 */
public final class ClientRecordPages {

    private ClientRecordPages() {
    }

    /**
     * @param moment the entity attribute the list is ordered by (e.g. {@code completedAt})
     * @param momentOf the same attribute of an entity, for the page key
     */
    public static <T> Page<T> page(PanacheRepositoryBase<T, UUID> repository, String moment,
            Function<T, OffsetDateTime> momentOf, Function<T, UUID> idOf, UUID clientId, PageRequest page) {
        String[] after = page.afterParts(2);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("client", clientId);
        String query = "clientId = :client";
        if (after != null) {
            query += " and (" + moment + " > :afterMoment or (" + moment + " = :afterMoment and id > :afterId))";
            parameters.put("afterMoment", PageKey.moment(after[0]));
            parameters.put("afterId", PageKey.uuid(after[1]));
        }
        List<T> rows = repository.find(query + " order by " + moment + ", id", parameters)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, row -> PageKey.of(momentOf.apply(row), idOf.apply(row)));
    }
}
