package fi.polku.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * The tables of a service's schema that hold a client's rows (those with a {@code client_id} column), for the tests
 * that prove a merge of duplicate clients leaves none of them behind on the merged id.
 */
public final class ClientRecordTables {

    /**
     * The access model's tables, which the platform merges or keeps: consents move and care relationships are copied
     * (see {@code CareRelationships.merge}); the access log and emergency grants are an audit trail of what happened
     * to the merged id and are never rewritten.
     */
    public static final Set<String> ACCESS_MODEL = Set.of("consent_coverage", "care_relationship", "access_log",
            "emergency_access");

    private ClientRecordTables() {
    }

    /** The service's own tables with a client id: every table with the column except the access model's. */
    public static Set<String> ofService(DataSource database) {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = database.getConnection(); ResultSet rows = connection.createStatement()
                .executeQuery("SELECT table_name FROM information_schema.columns WHERE column_name = 'client_id'"
                        + " AND table_schema = current_schema()")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema's tables", e);
        }
        tables.removeAll(ACCESS_MODEL);
        return tables;
    }

    /**
     * The service's client tables that none of its merge statements updates ({@code UPDATE <table> ...}), other than
     * {@code known_client}, which the platform's register forgets the merged client from.
     */
    public static Set<String> notMovedBy(DataSource database, List<String> moveStatements) {
        Set<String> tables = ofService(database);
        tables.remove("known_client");
        tables.removeIf(table -> moveStatements.stream()
                .anyMatch(statement -> statement.strip().startsWith("UPDATE " + table + " ")));
        return tables;
    }
}
