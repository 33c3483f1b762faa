package fi.polku.intake.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;

import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;

/**
 * The records that belong to one client, of every {@link ClientRecordKind}: kept, found only under their client, and
 * listed in keyset pages in a total order in which records added while a caller pages come after the ones already
 * seen, so nothing is skipped or repeated.
 */
@ApplicationScoped
public class ClientRecords {

    private final EntityManager entityManager;

    public ClientRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Object record) {
        entityManager.persist(record);
    }

    /** The record of this id if it is the client's; a 404 naming the kind otherwise. */
    public <T> T require(ClientRecordKind<T> kind, UUID clientId, UUID id) {
        return entityManager.createQuery("from " + kind.type().getSimpleName()
                        + " where id = :id and clientId = :client", kind.type())
                .setParameter("id", id).setParameter("client", clientId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound(kind.name(), id));
    }

    /** A page of the client's records of the kind, oldest first. */
    public <T> Page<T> page(ClientRecordKind<T> kind, UUID clientId, PageRequest page) {
        List<ClientRecordKind.SortKey<T>> order = kind.order();
        String[] after = page.afterParts(order.size() + 1);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("client", clientId);
        String query = "from " + kind.type().getSimpleName() + " where clientId = :client";
        if (after != null) {
            query += " and (" + after(order, 0) + ")";
            for (int i = 0; i < order.size(); i++) {
                parameters.put("after" + i, order.get(i).parse().apply(after[i]));
            }
            parameters.put("afterId", PageKey.uuid(after[order.size()]));
        }
        List<String> columns = new ArrayList<>(order.stream().map(ClientRecordKind.SortKey::attribute).toList());
        columns.add("id");
        var select = entityManager.createQuery(query + " order by " + String.join(", ", columns), kind.type())
                .setMaxResults(page.fetchSize());
        parameters.forEach(select::setParameter);
        PersistenceUnitUtil ids = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        return Page.of(select.getResultList(), page, row -> {
            List<Object> key = new ArrayList<>(order.stream().map(sort -> sort.valueOf().apply(row)).toList());
            key.add(ids.getIdentifier(row));
            return PageKey.of(key.toArray());
        });
    }

    /** Rows after the cursor's: later by the first attribute, or equal by it and after by the rest, then the id. */
    private static <T> String after(List<ClientRecordKind.SortKey<T>> order, int from) {
        if (from == order.size()) {
            return "id > :afterId";
        }
        String attribute = order.get(from).attribute();
        return attribute + " > :after" + from + " or (" + attribute + " = :after" + from + " and ("
                + after(order, from + 1) + "))";
    }
}
